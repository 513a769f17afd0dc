// A signed WebSocket connection to Kalshi's feed, with the `ws` package and Node's crypto: the
// upgrade carries the REST API's KALSHI-ACCESS-* headers, signing timestamp + "GET" + path.

import { sign as rsaSign, constants as cryptoConstants } from 'node:crypto';
import WebSocket from 'ws';

/** How long a connection waits for an upgrade answer or an expected message. */
export const WS_WAIT_MS = 5_000;

/** A signed WebSocket connection that buffers every JSON message it receives. */
export class Feed {
  constructor(ws) {
    this.ws = ws;
    this.received = [];
    this.waiters = [];
    this.closedReason = null;
    ws.on('message', (data) => {
      let message;
      try {
        message = JSON.parse(data.toString());
      } catch {
        message = { unparsed: data.toString() };
      }
      this.received.push(message);
      this.waiters.forEach((waiter) => waiter());
    });
    ws.on('close', (code, reason) => {
      this.closedReason = `closed with ${code} ${reason}`;
      this.waiters.forEach((waiter) => waiter());
    });
  }

  static open(url, credentials) {
    const path = new URL(url).pathname;
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers: signedHeaders(credentials, 'GET', path), handshakeTimeout: WS_WAIT_MS });
      ws.on('unexpected-response', (request, response) => {
        let body = '';
        response.on('data', (chunk) => { body += chunk; });
        response.on('end', () => reject(new Error(`signed upgrade refused: HTTP ${response.statusCode} ${body}`)));
      });
      ws.on('open', () => resolve(new Feed(ws)));
      ws.on('error', (error) => reject(new Error(`WebSocket error: ${error.message}`)));
    });
  }

  send(command) {
    this.ws.send(JSON.stringify(command));
  }

  /** The first buffered or future message matching `predicate`; fails after WS_WAIT_MS. */
  next(predicate, what) {
    return new Promise((resolve, reject) => {
      const look = () => {
        const found = this.received.find(predicate);
        if (found) {
          done();
          resolve(found);
        } else if (this.closedReason) {
          done();
          reject(new Error(`connection ${this.closedReason} while waiting for ${what}; received ${this.describe()}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no ${what} within ${WS_WAIT_MS} ms; received ${this.describe()}`));
      }, WS_WAIT_MS);
      const done = () => {
        clearTimeout(timer);
        this.waiters = this.waiters.filter((waiter) => waiter !== look);
      };
      this.waiters.push(look);
      look();
    });
  }

  describe() {
    return JSON.stringify(this.received).slice(0, 2000);
  }

  close() {
    this.ws.terminate();
  }
}

/** Kalshi's auth headers for `method path` now: RSA-PSS, SHA-256, salt length = digest length. */
export function signedHeaders(credentials, method, path) {
  const timestamp = Date.now().toString();
  const signature = rsaSign('sha256', Buffer.from(timestamp + method + path), {
    key: credentials.privateKeyPem,
    padding: cryptoConstants.RSA_PKCS1_PSS_PADDING,
    saltLength: cryptoConstants.RSA_PSS_SALTLEN_DIGEST,
  }).toString('base64');
  return {
    'KALSHI-ACCESS-KEY': credentials.keyId,
    'KALSHI-ACCESS-TIMESTAMP': timestamp,
    'KALSHI-ACCESS-SIGNATURE': signature,
  };
}
