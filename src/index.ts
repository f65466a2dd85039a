import { runAction } from './action/run.js';
import { actionsRuntime } from './action/runtime.js';

await runAction(actionsRuntime());
