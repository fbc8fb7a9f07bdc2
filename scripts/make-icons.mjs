// Draws the app icons (192, 512 and a maskable 512) with headless Chromium from one SVG, into public/icons.
// Run once after changing the design: node scripts/make-icons.mjs
import { chromium } from '@playwright/test'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'

const svg = (maskable) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${maskable ? 0 : 96}" fill="#991b1b"/>
  <text x="256" y="${maskable ? 318 : 330}" font-size="${maskable ? 190 : 250}" text-anchor="middle" fill="#fff"
    font-family="Noto Serif CJK SC, Noto Sans CJK SC, serif" font-weight="700">县报</text>
</svg>`
mkdirSync('public/icons', { recursive: true })
writeFileSync('public/icons/icon.svg', svg(false))
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
for (const [name, size, maskable] of [['icon-192.png', 192, false], ['icon-512.png', 512, false], ['maskable-512.png', 512, true]]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } })
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg(maskable).replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`)
  await page.screenshot({ path: `public/icons/${name}`, omitBackground: !maskable })
  await page.close()
}
await browser.close()
console.log('public/icons: icon.svg icon-192.png icon-512.png maskable-512.png')
