// `--progress=rawjson` prints one pretty-printed JSON object after another (not one per line).
// This splitter finds object boundaries by brace depth, honouring strings, and works on chunks
// split anywhere. Pure apart from its own buffer.

export class JsonObjectSplitter {
  private buffer = '';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private start = -1;
  private scanned = 0;
  /** The character before the current one at depth 0: objects start only at a line start. */
  private previous = '\n';

  /**
   * Feeds a chunk; returns the complete top-level JSON texts it finished, in order, and the
   * plain text found between objects (buildx's own error lines).
   */
  push(chunk: string): { objects: string[]; text: string } {
    this.buffer += chunk;
    const out: string[] = [];
    let text = '';
    for (let i = this.scanned; i < this.buffer.length; i++) {
      const c = this.buffer[i];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === '\\') this.escaped = true;
        else if (c === '"') this.inString = false;
        continue;
      }
      if (this.depth === 0 && (c !== '{' || this.previous !== '\n')) {
        // buildx's plain error text can hold "${VAR}" mid-line; rawjson objects open a line.
        text += c;
        this.previous = c!;
        continue;
      }
      if (c === '"') this.inString = true;
      else if (c === '{') {
        if (this.depth === 0) this.start = i;
        this.depth++;
      } else if (c === '}' && this.depth > 0) {
        this.depth--;
        if (this.depth === 0) {
          out.push(this.buffer.slice(this.start, i + 1));
          this.previous = '}';
        }
      }
    }
    if (this.depth === 0) {
      this.buffer = '';
      this.scanned = 0;
    } else {
      this.buffer = this.buffer.slice(this.start);
      this.start = 0;
      this.scanned = this.buffer.length;
    }
    return { objects: out, text };
  }
}
