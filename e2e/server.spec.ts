// The preview server (npm start) as a careless or hostile client meets it: bad paths, other methods, bad ranges.
import { expect, test } from './fixtures/test'

test('answers a path of broken percent-encoding with 400, not a stack trace', async ({ request }) => {
  const res = await request.get('/%E0%A4%A')
  expect(res.status()).toBe(400)
  expect(await res.text()).not.toMatch(/URIError|at \w+ \(|\/work\/|node_modules/)
})

test('answers only GET and HEAD', async ({ request }) => {
  for (const method of ['PUT', 'DELETE', 'POST']) {
    const res = await request.fetch('/index.html', { method, data: 'x' })
    expect(res.status(), method).toBe(405)
    expect(res.headers()['allow']).toBe('GET, HEAD')
  }
})

test('refuses a byte range that ends before it starts, and says no file is to be sniffed', async ({ request }) => {
  expect((await request.get('/corpus/manifest.json', { headers: { Range: 'bytes=5-1' } })).status()).toBe(416)
  const ok = await request.get('/corpus/manifest.json')
  expect(ok.status()).toBe(200)
  expect(ok.headers()['x-content-type-options']).toBe('nosniff')
})
