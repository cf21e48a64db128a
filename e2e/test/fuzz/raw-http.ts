import net from 'node:net';

/**
 * A minimal HTTP/1.1 client over a raw socket. `fetch` and `node:http` refuse to send what a
 * fuzzer has to send (control characters and bytes above 0x7f in header values, bodies that
 * are not valid UTF-8), so requests are written byte for byte: one connection per request,
 * `Connection: close`, the response read to the end.
 */
export interface RawRequest {
  method: string;
  /** Already percent-encoded request target (path and query). */
  target: string;
  /** Header values are sent as latin1 bytes, exactly as given. */
  headers: Array<[string, string]>;
  body?: Buffer;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
  /**
   * The server reset the connection before the whole request was written (Node's HTTP parser
   * refusing the head, e.g. a control character in a header, while a large body is still being
   * sent): status 0, no answer to read.
   */
  resetWhileSending?: boolean;
}

export interface SendOptions {
  host: string;
  port: number;
  /** Source address of the connection (any 127.x.y.z on Linux loopback). */
  localAddress?: string;
  timeoutMs?: number;
}

export function encodeRequest(req: RawRequest, hostHeader: string): Buffer {
  const lines = [`${req.method} ${req.target} HTTP/1.1`, `Host: ${hostHeader}`, 'Connection: close'];
  for (const [name, value] of req.headers) lines.push(`${name}: ${value}`);
  if (req.body !== undefined) lines.push(`Content-Length: ${req.body.length}`);
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
  return req.body === undefined ? head : Buffer.concat([head, req.body]);
}

export function sendRaw(req: RawRequest, options: SendOptions): Promise<RawResponse> {
  const { host, port, localAddress, timeoutMs = 30_000 } = options;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let written = false;
    const socket = net.connect({ host, port, localAddress });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    // write, not end: a half-closed connection makes Node's HTTP server drop the pending answer.
    socket.on('connect', () => socket.write(encodeRequest(req, `${host}:${port}`), (err) => (written = !err)));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', (e) => {
      clearTimeout(timer);
      // A reset after a complete answer (the server closed first) is not an error.
      const parsed = tryParse(Buffer.concat(chunks));
      const code = (e as NodeJS.ErrnoException).code;
      if (parsed) resolve(parsed);
      else if (!written && (code === 'ECONNRESET' || code === 'EPIPE')) resolve({ status: 0, headers: {}, text: '', json: undefined, resetWhileSending: true });
      else reject(e);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const parsed = tryParse(Buffer.concat(chunks));
      if (parsed) resolve(parsed);
      else reject(new Error(`connection closed without a complete answer (${chunks.length} chunks)`));
    });
  });
}

function tryParse(raw: Buffer): RawResponse | undefined {
  const end = raw.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const [statusLine, ...headerLines] = raw.subarray(0, end).toString('latin1').split('\r\n');
  const m = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? '');
  if (!m) return undefined;
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  let body = raw.subarray(end + 4);
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) body = dechunk(body);
  const text = body.toString('utf8');
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: Number(m[1]), headers, text, json };
}

function dechunk(body: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    out.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(out);
}
