// Entry of the bundled step-image program (tsup.image.config.ts): run main() on the step's environment.
import { main } from './main.js';

process.exitCode = await main(process.env);
