import { actionsRuntime } from './action/runtime.js';

// The runtime takes the event file before the GitHub client (which would parse it as it loads) is loaded.
const runtime = actionsRuntime();
const { runAction } = await import('./action/run.js');
await runAction(runtime);
