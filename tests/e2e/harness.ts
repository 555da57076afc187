/**
 * Real Chromium with the built extension, and a local server that answers for every fixture's
 * realistic host name (Chromium resolves every name to 127.0.0.1), logging every request so a
 * test can prove the extension itself sent none.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import type { Fixture } from '../helpers/fixtures';

export const EXTENSION_DIR = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The part of the extension API the tests call inside the service worker. */
declare const chrome: {
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]> };
};

export type Served = { server: Server; port: number; requests: { host: string; path: string }[]; urlOf: (f: Fixture) => string };

/** The fixture's URL on this machine: its own host name and path, on the server's port. */
function localUrl(fixture: Fixture, port: number): string {
  const u = new URL(fixture.expected.url);
  return `https://${u.hostname}:${port}${u.pathname}${u.search}`;
}

/**
 * A throwaway self-signed certificate: news sites are HTTPS (some are HSTS-preloaded, so
 * Chromium refuses them over http), and Chromium is told to accept this one.
 */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'sourcecheck-e2e-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=sourcecheck-e2e', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

export async function serveFixtures(fixtures: Fixture[]): Promise<Served> {
  const requests: Served['requests'] = [];
  const pages = new Map<string, string>();
  const server = createServer(selfSignedCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = req.url ?? '/';
    requests.push({ host, path });
    const html = pages.get(`${host}${path}`);
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  for (const f of fixtures) {
    const u = new URL(localUrl(f, port));
    pages.set(`${u.hostname}${u.pathname}${u.search}`, f.html);
  }
  return { server, port, requests, urlOf: (f) => localUrl(f, port) };
}

export type Browser = { context: BrowserContext; worker: Worker; extensionId: string };

/** A fresh profile by default; `userDataDir` is a profile the test has prepared (history.test.ts: a downloads folder). */
export async function launchWithExtension(options: { userDataDir?: string } = {}): Promise<Browser> {
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

/** The service worker of a running extension (a new one after a restart). */
export async function currentWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
}

/** Reads one store of the extension's IndexedDB: what the popup reads too. */
async function readStore<T>(worker: Worker, store: string, query: { key?: string; index?: string; value?: string }): Promise<T | null> {
  return worker.evaluate(
    ({ store, query }) =>
      new Promise<T | null>((resolve, reject) => {
        const open = indexedDB.open('sourcecheck');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) return resolve(null);
          const objects = db.transaction(store).objectStore(store);
          const get = query.index ? objects.index(query.index).get(query.value!) : objects.get(query.key!);
          get.onsuccess = () => resolve((get.result as T | undefined) ?? null);
          get.onerror = () => reject(get.error);
        };
      }),
    { store, query },
  );
}

export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const state = await waitFor(() => readStore<{ tabId: number }>(worker, 'tabs', { index: 'url', value: url }), `tab state for ${url}`);
  return state.tabId;
}

export async function badgeOf(worker: Worker, tabId: number): Promise<{ text: string; color: number[] }> {
  return worker.evaluate(async (id) => ({
    text: await chrome.action.getBadgeText({ tabId: id }),
    color: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
  }), tabId);
}

/** The stored report for a URL, read straight from the extension's IndexedDB. */
export function storedReport(worker: Worker, url: string): Promise<Record<string, unknown> | null> {
  return readStore<Record<string, unknown>>(worker, 'reports', { key: url });
}

export async function waitFor<T>(probe: () => Promise<T | null | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export function hexToRgba(hex: string): number[] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}

/**
 * Stops the extension's service worker the way Chromium does when it idles, through
 * chrome://serviceworker-internals, after marking its globals so a restart can be told apart.
 */
export async function stopWorker(browser: Browser, worker: Worker): Promise<void> {
  await worker.evaluate(() => Object.assign(globalThis, { sourcecheckTestMarker: true }));
  const page = await browser.context.newPage();
  await page.goto('chrome://serviceworker-internals/');
  await page.getByRole('button', { name: 'Stop' }).first().click();
  await page.close();
}
