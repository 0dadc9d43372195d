// runProcess's stdin input and its stop on abort, with real children (sh, cat, sleep).
import { describe, expect, test } from 'vitest';
import { InterruptedError } from '../errors.js';
import { runProcess } from './process.js';

describe('runProcess', () => {
  test("writes input to the child's stdin and closes it", async () => {
    const result = await runProcess('cat', [], { input: 'server.example.com' });
    expect(result).toMatchObject({ exitCode: 0, stdout: 'server.example.com' });
  });

  test('abort: the child gets SIGTERM, and the call rejects only once it is gone', async () => {
    const controller = new AbortController();
    let pid = 0;
    const running = runProcess('sh', ['-c', 'echo $$; exec sleep 30'], {
      signal: controller.signal,
      onStdout: (chunk) => {
        pid = Number(chunk.trim());
        controller.abort(new InterruptedError('SIGINT'));
      },
    });
    const error = await running.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InterruptedError);
    expect((error as InterruptedError).exitCode).toBe(130);
    expect(pid).toBeGreaterThan(0);
    expect(() => process.kill(pid, 0)).toThrow(); // the sleep is gone
  });

  test('an already aborted signal starts nothing', async () => {
    const controller = new AbortController();
    controller.abort(new InterruptedError('SIGTERM'));
    await expect(runProcess('sh', ['-c', 'exit 0'], { signal: controller.signal })).rejects.toMatchObject({
      exitCode: 143,
    });
  });
});
