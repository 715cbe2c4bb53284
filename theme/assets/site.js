// Progressive enhancement for the briefing. Every page works without this file; it only
// (1) makes the site browsable straight from its output folder, (2) lets glossary tooltips be
// dismissed with Escape and keeps them inside the viewport, (3) wires copy-link buttons and (4) shows
// the short definitions of a map's places on hover and focus.
(function () {
  'use strict';

  var doc = document;
  // default.liquid sets this before first paint; repeated here for sites that override that layout.
  doc.documentElement.classList.add('js');

  // 1. Opened from disk, a link to "summaries/" shows a folder listing, not the page:
  //    point such links at the folder's index.html instead.
  function pointLinksAtIndexFiles() {
    if (location.protocol !== 'file:') {
      return;
    }
    var links = doc.querySelectorAll('a[href]');
    for (var i = 0; i < links.length; i++) {
      var href = links[i].getAttribute('href');
      var rewritten = withIndexFile(href);
      if (rewritten !== href) {
        links[i].setAttribute('href', rewritten);
      }
    }
  }

  function withIndexFile(href) {
    // Only relative links: "#p3", "/root/…", "//host/…" and "scheme:…" are left alone.
    if (!href || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.charAt(0) === '/' || href.charAt(0) === '#') {
      return href;
    }
    var cut = href.search(/[?#]/);
    var path = cut < 0 ? href : href.slice(0, cut);
    var rest = cut < 0 ? '' : href.slice(cut);
    if (path === '.' || path === '..') {
      path += '/';
    }
    return path.charAt(path.length - 1) === '/' ? path + 'index.html' + rest : href;
  }

  // 2. Glossary tooltips show on hover and focus through CSS alone; here they learn to go away
  //    with Escape and to stay on screen.
  function setUpTermTips() {
    var terms = doc.querySelectorAll('a.term');
    if (terms.length === 0) {
      return;
    }
    Array.prototype.forEach.call(terms, function (link) {
      var tip = link.nextElementSibling;
      if (!tip || !tip.classList.contains('term-tip')) {
        return;
      }
      var show = function () {
        link.removeAttribute('data-tip-dismissed');
        requestAnimationFrame(function () { placeTip(link, tip); });
      };
      link.addEventListener('mouseenter', show);
      link.addEventListener('focus', show);
    });

    doc.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' && event.key !== 'Esc') {
        return;
      }
      Array.prototype.forEach.call(terms, function (link) {
        var tip = link.nextElementSibling;
        var open = link === doc.activeElement || link.matches(':hover') || (tip && tip.matches('.term-tip:hover'));
        if (open) {
          link.setAttribute('data-tip-dismissed', '');
        }
      });
    });
  }

  function placeTip(link, tip) {
    tip.style.removeProperty('--tip-dx');
    tip.style.removeProperty('--tip-dy');
    tip.removeAttribute('data-above');
    var tipBox = tip.getBoundingClientRect();
    if (tipBox.width === 0) {
      return; // not shown (any more)
    }
    var lines = link.getClientRects();
    var linkBox = lines[lines.length - 1] || link.getBoundingClientRect();
    var margin = 8;
    var viewportWidth = doc.documentElement.clientWidth;
    var viewportHeight = doc.documentElement.clientHeight;

    // Start the tip under the start of the link, then pull it back inside the viewport.
    var dx = linkBox.left - tipBox.left;
    var right = tipBox.right + dx;
    if (right > viewportWidth - margin) {
      dx -= right - (viewportWidth - margin);
    }
    var left = tipBox.left + dx;
    if (left < margin) {
      dx += margin - left;
    }

    // Just under the link; above it when there is no room below. Engines differ in where they put
    // the tip's static position, so both offsets are measured rather than assumed.
    var gap = 6;
    var dy = linkBox.bottom + gap - tipBox.top;
    if (linkBox.bottom + gap + tipBox.height > viewportHeight - margin && linkBox.top - gap - tipBox.height > margin) {
      dy = linkBox.top - gap - tipBox.height - tipBox.top;
      tip.setAttribute('data-above', '');
    }

    tip.style.setProperty('--tip-dx', Math.round(dx) + 'px');
    tip.style.setProperty('--tip-dy', Math.round(dy) + 'px');
  }

  // 3. Copy-link buttons: <button class="copy-link" data-copy="https://…">. The confirmation goes
  //    to a visible, polite live region: the button's .copy-status sibling, or one made for it.
  var statusTimers = new WeakMap();

  function setUpCopyLinks() {
    doc.addEventListener('click', function (event) {
      var button = event.target instanceof Element ? event.target.closest('button.copy-link') : null;
      if (!button) {
        return;
      }
      var text = button.getAttribute('data-copy');
      if (!text) {
        return;
      }
      copyText(text).then(
        function () { report(button, 'Copied', 2000); },
        function () { report(button, 'Copy this link: ' + text, 10000); }
      );
    });
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return copyWithSelection(text); });
    }
    return copyWithSelection(text);
  }

  // Older browsers and plain-http pages have no asynchronous clipboard; a selected, off-screen
  // text field and the legacy copy command still work there.
  function copyWithSelection(text) {
    return new Promise(function (resolve, reject) {
      var active = doc.activeElement;
      var field = doc.createElement('textarea');
      field.value = text;
      field.setAttribute('readonly', '');
      field.style.position = 'fixed';
      field.style.top = '0';
      field.style.left = '-9999px';
      doc.body.appendChild(field);
      field.select();
      var copied = false;
      try {
        copied = doc.execCommand('copy');
      } catch (error) {
        copied = false;
      }
      doc.body.removeChild(field);
      if (active && typeof active.focus === 'function') {
        active.focus();
      }
      if (copied) {
        resolve();
      } else {
        reject(new Error('copy failed'));
      }
    });
  }

  function statusFor(button) {
    var next = button.nextElementSibling;
    if (next && next.classList.contains('copy-status')) {
      return next;
    }
    var sibling = button.parentElement && button.parentElement.querySelector(':scope > .copy-status');
    if (sibling) {
      return sibling;
    }
    var made = doc.createElement('span');
    made.className = 'copy-status';
    made.setAttribute('role', 'status');
    made.setAttribute('aria-live', 'polite');
    button.insertAdjacentElement('afterend', made);
    return made;
  }

  function report(button, message, duration) {
    var status = statusFor(button);
    if (!status.hasAttribute('aria-live')) {
      status.setAttribute('aria-live', 'polite');
    }
    clearTimeout(statusTimers.get(status));
    button.setAttribute('data-copied', '');
    // Emptying first makes a repeated message count as a change, so it is announced again.
    status.textContent = '';
    setTimeout(function () { status.textContent = message; }, 60);
    statusTimers.set(status, setTimeout(function () {
      status.textContent = '';
      button.removeAttribute('data-copied');
    }, duration));
  }

  // 4. A map's places show their term's short definition on hover and focus, like the glossary's
  //    links: the tip (the one its caption's list holds) is placed beside the marker. Without this
  //    script the marker's own <title> still shows on hover.
  function setUpMapTips() {
    var places = doc.querySelectorAll('a.map-place');
    var open = null;
    var reposition = null;
    function hide() {
      if (open) {
        open.classList.remove('map-tip-open');
        open = null;
        reposition = null;
      }
    }
    Array.prototype.forEach.call(places, function (place) {
      var tip = doc.getElementById(place.getAttribute('aria-describedby'));
      if (!tip) {
        return;
      }
      var show = function () {
        hide();
        var box = place.getBoundingClientRect();
        tip.classList.add('map-tip-open');
        var width = tip.offsetWidth;
        var height = tip.offsetHeight;
        var viewportWidth = doc.documentElement.clientWidth;
        var viewportHeight = doc.documentElement.clientHeight;
        var x = Math.max(8, Math.min(box.left, viewportWidth - width - 8));
        var y = box.bottom + 6 + height > viewportHeight - 8 ? Math.max(8, box.top - height - 6) : box.bottom + 6;
        tip.style.setProperty('--map-tip-x', Math.round(x) + 'px');
        tip.style.setProperty('--map-tip-y', Math.round(y) + 'px');
        open = tip;
        reposition = show;
      };
      place.addEventListener('mouseenter', show);
      place.addEventListener('focus', show);
      place.addEventListener('mouseleave', hide);
      place.addEventListener('blur', hide);
    });
    if (places.length > 0) {
      doc.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' || event.key === 'Esc') {
          hide();
        }
      });
      // The tip is fixed to the viewport: after scrolling (focus scrolls a place into view) it moves along.
      window.addEventListener('scroll', function () {
        if (reposition) {
          requestAnimationFrame(reposition);
        }
      }, { passive: true });
    }
  }

  pointLinksAtIndexFiles();
  setUpTermTips();
  setUpMapTips();
  setUpCopyLinks();
})();
