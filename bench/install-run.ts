// `BENCH_ONLY=install pnpm bench`: only the install table, printed (no engine needed).
import { benchInstall, renderInstall } from './install.js';

process.stdout.write(renderInstall(await benchInstall(Number(process.env.BENCH_PAIRS ?? '5'))));
