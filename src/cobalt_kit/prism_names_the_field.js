// Preloaded into Prism by `cobalt mock` (node --require): a 400 that Prism answers with the document's
// error envelope gets, as its message, what Prism's own validation found and where: the violations it
// puts in its sl-violations header ("datetime: Request body property datetime must match format
// \"date-time\""), instead of the document's example message, which names no field. It runs in Prism's
// process, on the answer Prism already made, so nothing stands between a client and Prism; every other
// answer is sent untouched. Prism's messages describe the schema, never the value that was sent.
'use strict';
const http = require('http');

const end = http.ServerResponse.prototype.end;

function describe(violations) {
  return violations
    .filter((violation) => violation.severity === 'Error')
    .map((violation) => {
      const field = (violation.location || []).slice(2).join('.');
      return field ? `${field}: ${violation.message}` : violation.message;
    })
    .join('; ');
}

function namingTheField(response, chunk) {
  const violations = response.getHeader('sl-violations');
  const envelope = JSON.parse(chunk.toString());
  const message = describe(JSON.parse(violations));
  if (envelope === null || envelope.success !== false || typeof envelope.message !== 'string' || !message) {
    return chunk;
  }
  envelope.message = message;
  const body = JSON.stringify(envelope);
  response.setHeader('Content-Length', Buffer.byteLength(body));
  return body;
}

http.ServerResponse.prototype.end = function (chunk, ...rest) {
  if (this.statusCode === 400 && chunk != null && !this.headersSent && this.hasHeader('sl-violations')) {
    try {
      chunk = namingTheField(this, chunk);
    } catch (error) {
      // Not the envelope, or violations Prism did not write as JSON: sent as Prism made it.
    }
  }
  return end.call(this, chunk, ...rest);
};
