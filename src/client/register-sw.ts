/** Lets the site work offline after a first visit (see src/sw/service-worker.js). */
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Offline use is a bonus: a browser that refuses it still gets the whole site online.
    });
  });
}
