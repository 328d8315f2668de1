/**
 * The browser the bench drives: $CHROMIUM_PATH, else Debian's /usr/bin/chromium,
 * with the flags that keep a headless Chromium quiet and offline.
 */
export const chromePath = () => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
