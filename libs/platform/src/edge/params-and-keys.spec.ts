import 'reflect-metadata';
import { gzipSync } from 'node:zlib';
import { Controller, Get, Module, Param, Post, Query, UploadedFile, UseInterceptors, type INestApplication } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import request from 'supertest';
import { Public } from '../auth/decorators.js';
import { createTestApp } from '../test-app.test-helpers.js';
import { INT_PARAM, YEAR_PARAM } from './int-param.js';
import { findForbiddenKeys } from './prototype-keys.js';

@Controller('edge')
class EdgeController {
  @Public()
  @Get('years/:year/versions/:version')
  years(@Param('year', YEAR_PARAM) year: number, @Param('version', INT_PARAM) version: number) {
    return { year, version };
  }

  @Public()
  @Get('items')
  items(@Query('item') item?: string) {
    return { item: item ?? null };
  }

  @Public()
  @Post('upload')
  @UseInterceptors(FileInterceptor('file'))
  upload(@UploadedFile() file: { size: number } | undefined) {
    return { size: file?.size ?? 0 };
  }
}

@Module({ controllers: [EdgeController] })
class EdgeModule {}

describe('the HTTP edge names the field of every 400', () => {
  let app: INestApplication;
  beforeAll(async () => {
    ({ app } = await createTestApp({ imports: [EdgeModule] }));
  });
  afterAll(() => app.close());

  it('integer path parameters: 400 naming the parameter; years are 2000-2100; only plain digits', async () => {
    expect((await request(app.getHttpServer()).get('/edge/years/2026/versions/-0')).status).toBe(400);
    expect((await request(app.getHttpServer()).get('/edge/years/2026/versions/-1')).status).toBe(400);
    expect((await request(app.getHttpServer()).get('/edge/years/2026/versions/0')).body).toEqual({ year: 2026, version: 0 });
    for (const [path, field, code] of [
      ['/edge/years/__proto__/versions/1', 'year', 'INVALID_YEAR'],
      ['/edge/years/99999999999999999999/versions/1', 'year', 'INVALID_YEAR'],
      ['/edge/years/1999/versions/1', 'year', 'INVALID_YEAR'],
      ['/edge/years/2026/versions/1.5', 'version', 'INVALID_PARAMETER'],
      ['/edge/years/2026.0/versions/1', 'year', 'INVALID_YEAR'],
      ['/edge/years/0x7EA/versions/1', 'year', 'INVALID_YEAR'],
      ['/edge/years/%202026/versions/1', 'year', 'INVALID_YEAR'],
    ] as const) {
      const res = await request(app.getHttpServer()).get(path);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code, field, details: [{ field }] });
    }
  });

  it('a text query parameter given twice: 400 naming it (never an array reaching the handler)', async () => {
    expect((await request(app.getHttpServer()).get('/edge/items?item=IKU-01')).body).toEqual({ item: 'IKU-01' });
    const res = await request(app.getHttpServer()).get('/edge/items?item=IKU-01&item=IKU-02');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'INVALID_PARAMETER', field: 'item' });
  });

  it('a path that is not valid percent-encoding: 400 INVALID_PATH_ENCODING naming the path', async () => {
    const res = await request(app.getHttpServer()).get('/edge/years/%zz/versions/1');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'INVALID_PATH_ENCODING', field: 'path' });
  });

  it('malformed JSON and an unreadable gzip body: 400 naming the body', async () => {
    const malformed = await request(app.getHttpServer()).post('/echo').set('content-type', 'application/json').send('{"a":');
    expect(malformed.body).toMatchObject({ statusCode: 400, code: 'MALFORMED_JSON', field: 'body' });
    const broken = gzipSync(Buffer.from('{"a":1}')).subarray(0, 12);
    const gz = await request(app.getHttpServer()).post('/echo').set('content-type', 'application/json').set('content-encoding', 'gzip').send(broken);
    expect(gz.status).toBe(400);
    expect(gz.body.field).toBe('body');
  });

  it('prototype property names anywhere in a body: 400 FORBIDDEN_PROPERTY naming their paths, never silently dropped', async () => {
    const res = await request(app.getHttpServer()).post('/echo').set('content-type', 'application/json').send('{"name":"x","items":[{"__proto__":{"admin":true}}],"constructor":1}');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'FORBIDDEN_PROPERTY', field: 'items.0.__proto__' });
    expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(['items.0.__proto__', 'constructor']);
    expect(findForbiddenKeys({ a: { prototype: 1 }, b: 'constructor', c: [{ toString: 'x', valueOf: 1 }] })).toEqual(['a.prototype', 'c.0.toString', 'c.0.valueOf']);
  });

  it('a broken multipart upload: 400 INVALID_UPLOAD naming the file', async () => {
    const res = await request(app.getHttpServer()).post('/edge/upload').set('content-type', 'multipart/form-data; boundary=xyz').send('--xyz\r\nbroken');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'INVALID_UPLOAD', field: 'file' });
  });
});
