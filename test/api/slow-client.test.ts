import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, before, test } from 'node:test';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from '../helpers/api.js';

/**
 * Issue 12, defect 7: a body sent one byte every 2.5 s against `Content-Length: 1000` held its
 * connection for 100 s and more, since fastify turns Node's request timeout off. Here a real server
 * on a real socket, with the timeouts shortened (the defaults are seconds to minutes), must answer a
 * trickling client with a 408 problem and close the connection; a prompt client is unaffected.
 */

const TIMEOUTS = { headersMs: 600, requestMs: 1200, idleMs: 30_000, checkEveryMs: 100 };

let t: TestApp;
let port: number;
before(async () => {
  t = await startTestApp({ timeouts: TIMEOUTS });
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  port = (t.app.server.address() as AddressInfo).port;
});
after(() => t.close());

interface Trickle {
  /** Everything the server wrote before it closed. */
  received: string;
  /** Milliseconds from connecting until the server closed the connection. */
  closedAfterMs: number;
  /** Bytes the client had sent when it was cut off. */
  sent: number;
}

/** Sends `head` at once, then `rest` one byte every `everyMs`, until the server closes the socket (or 10 s pass). */
function trickle(head: string, rest: string, everyMs: number): Promise<Trickle> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket: Socket = connect(port, '127.0.0.1');
    let received = '';
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server kept the connection open for 10 s (sent ${sent} bytes)`));
    }, 10_000);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(timer);
      clearTimeout(giveUp);
      resolve({ received, closedAfterMs: Date.now() - started, sent });
    });
    socket.on('connect', () => {
      socket.write(head);
      sent += head.length;
      timer = setInterval(() => {
        if (sent - head.length >= rest.length || socket.destroyed) return;
        socket.write(rest[sent - head.length]!);
        sent++;
      }, everyMs);
    });
  });
}

function problemOf(received: string): { status: number; code: string } {
  const [head, body] = received.split('\r\n\r\n');
  assert.match(head!, /^HTTP\/1\.1 408 /, received);
  assert.match(head!, /content-type: application\/problem\+json/i);
  assert.match(head!, /access-control-allow-origin: \*/i);
  return JSON.parse(body!);
}

test('a body trickled a byte at a time is cut off at the request timeout with a 408 problem', async () => {
  const body = JSON.stringify({ base: '2018-07-01' }).padEnd(1000, ' ');
  const head = `POST /api/v1/planner/preview HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
  const result = await trickle(head, body, 150);
  assert.ok(result.sent < head.length + body.length, 'closed before the body was complete');
  assert.ok(result.closedAfterMs >= TIMEOUTS.requestMs - 100, `not before the timeout (${result.closedAfterMs} ms)`);
  assert.ok(result.closedAfterMs < TIMEOUTS.requestMs + 2000, `closed in ${result.closedAfterMs} ms`);
  const problem = problemOf(result.received);
  assert.deepEqual([problem.status, problem.code], [408, 'request.timeout']);
});

test('headers trickled a byte at a time are cut off at the headers timeout', async () => {
  const head = 'GET /api/v1/districts HTTP/1.1\r\nHost: localhost\r\nX-Slow: ';
  const result = await trickle(head, 'a'.repeat(1000), 150);
  assert.ok(result.closedAfterMs < TIMEOUTS.headersMs + 2000, `closed in ${result.closedAfterMs} ms`);
  assert.equal(problemOf(result.received).code, 'request.timeout');
});

test('a client that sends in time is answered as before', async () => {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/planner/preview`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ base: '2018-07-01' }),
  });
  assert.equal(res.status, 200);
  assert.equal(((await res.json()) as { base: string }).base, '2018-07-01');
});
