import { detectDelimiter, formatCsv, parseCsv } from './csv.js';

describe('csv', () => {
  it('detects the delimiter from the header line', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('"x;y",b,c\n')).toBe(',');
    expect(detectDelimiter('\n\na\tb\tc')).toBe('\t');
    expect(detectDelimiter('single')).toBe(',');
  });

  it('parses RFC-4180 quotes, "" escapes, newlines in quotes, CRLF and LF', () => {
    const r = parseCsv('a,b\r\n"x, y","say ""hi"""\n"line1\r\nline2",z\r\nlast,');
    expect(r.records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 3, fields: ['line1\r\nline2', 'z'] },
      { line: 5, fields: ['last', ''] },
    ]);
    expect(r.unclosedQuoteLine).toBeNull();
  });

  it('honours an Excel "sep=" line and reports an unclosed quote', () => {
    const r = parseCsv('sep=;\na;b\n"open;1\n2');
    expect(r.delimiter).toBe(';');
    expect(r.records[0]).toEqual({ line: 2, fields: ['a', 'b'] });
    expect(r.unclosedQuoteLine).toBe(3);
  });

  it('keeps true line numbers over empty lines, CR-only line ends and non-ASCII text', () => {
    const r = parseCsv('é,"ü\rß"\r\rx,y\n\n"a\n\nb",c\r\nlast');
    expect(r.records).toEqual([
      { line: 1, fields: ['é', 'ü\rß'] },
      { line: 3, fields: [''] },
      { line: 4, fields: ['x', 'y'] },
      { line: 5, fields: [''] },
      { line: 6, fields: ['a\n\nb', 'c'] },
      { line: 9, fields: ['last'] },
    ]);
  });

  it('reads a quote inside an unquoted field as text and drops spaces around a quoted field', () => {
    expect(parseCsv('ab"c, "x y" ,d\n').records[0].fields).toEqual(['ab"c', 'x y', 'd']);
    expect(parseCsv('a;b\n', ';').records[0].fields).toEqual(['a', 'b']);
  });

  it('reports an unclosed quote on the line it opens, after a multi-line field', () => {
    const r = parseCsv('a,"1\n2",b\nc,"open\nrest ""x""\n');
    expect(r.records).toEqual([
      { line: 1, fields: ['a', '1\n2', 'b'] },
      { line: 3, fields: ['c', 'open\nrest "x"\n'] },
    ]);
    expect(r.unclosedQuoteLine).toBe(3);
    expect(r.invalidQuoteLine).toBeNull();
  });

  it('stops at text after a closing quote and names its line', () => {
    const r = parseCsv('a,b\n"x\ny",z\nc,"d"e\nf,g\n');
    expect(r.records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x\ny', 'z'] },
    ]);
    expect(r.invalidQuoteLine).toBe(4);
    expect(r.unclosedQuoteLine).toBeNull();
  });

  it('formats with CRLF and quotes only where needed', () => {
    expect(formatCsv([['a', 'b,c', 'd"e', 'f\ng', ' h', '']])).toBe('a,"b,c","d""e","f\ng"," h",\r\n');
    const text = formatCsv([['x;y', 'q"', 'multi\r\nline']], ';');
    expect(parseCsv(text).records[0].fields).toEqual(['x;y', 'q"', 'multi\r\nline']);
  });
});
