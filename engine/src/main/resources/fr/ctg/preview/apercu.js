// ctg apercu: keeps the page up to date. The server sends an event « maj » each time the folder shows something
// new; the page then reads itself again and swaps what changed, keeping the document's scroll position.
'use strict';
(() => {
  const body = document.body;

  async function update(version) {
    if (version === body.dataset.version) {
      return;
    }
    const response = await fetch(location.href, { cache: 'no-store' });
    if (!response.ok) {
      return;
    }
    const next = new DOMParser().parseFromString(await response.text(), 'text/html');
    document.title = next.title;
    body.className = next.body.className;
    for (const id of ['entete', 'diagnostics']) {
      document.getElementById(id).replaceWith(document.adoptNode(next.getElementById(id)));
    }
    await updateDocument(next.getElementById('apercu'));
    body.dataset.version = next.body.dataset.version;
    body.dataset.misAJour = String(Date.now());
  }

  function updateDocument(nextSection) {
    const section = document.getElementById('apercu');
    const frame = section.querySelector('iframe');
    const nextFrame = nextSection.querySelector('iframe');
    if (!frame || !nextFrame) {
      section.replaceWith(document.adoptNode(nextSection));
      return Promise.resolve();
    }
    frame.title = nextFrame.title;
    if (frame.dataset.version === nextFrame.dataset.version) {
      return Promise.resolve();
    }
    const scroll = frame.contentWindow.scrollY;
    frame.dataset.version = nextFrame.dataset.version;
    return new Promise((resolve) => {
      frame.addEventListener('load', () => {
        frame.contentWindow.scrollTo(0, scroll);
        resolve();
      }, { once: true });
      // replace(): the versions of the document do not pile up in the history
      frame.contentWindow.location.replace(nextFrame.getAttribute('src'));
    });
  }

  let queue = Promise.resolve();
  const events = new EventSource('/evenements');
  events.addEventListener('maj', (event) => {
    queue = queue.then(() => update(event.data)).catch(() => undefined);
  });
})();
