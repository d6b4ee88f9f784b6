/**
 * The Node runs' part of tests/i18n-stub.ts: WXT's own setup file runs after
 * the stub and puts its fake browser in `browser` and `chrome` (whose i18n
 * throws "not implemented"), so that fake answers from the messages too.
 * Kept out of the browser-mode runs, where importing WXT's fake browser made
 * Vite re-optimise its dependencies and reload a test file mid-run.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { i18n } from './i18n-stub';

Object.assign(fakeBrowser.i18n, i18n);
