// Glossary index: the filter box narrows the A–Z list as the reader types. Without this script the box
// stays hidden and the whole list shows, so nothing depends on it.
(function () {
  'use strict';

  var doc = document;
  var box = doc.querySelector('.glossary-search');
  var input = doc.querySelector('input.glossary-filter');
  var status = doc.getElementById('glossary-filter-status');
  var entries = doc.querySelectorAll('.glossary-entry');
  if (!box || !input || entries.length === 0) {
    return;
  }

  // Accents, case and the kind of apostrophe never decide a match: "Zelenskyy's" finds "Zelensky’s".
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019]/g, "'").toLowerCase();
  }

  var names = Array.prototype.map.call(entries, function (entry) {
    return fold(entry.getAttribute('data-filter') || entry.textContent);
  });
  var sections = doc.querySelectorAll('.glossary-letter');

  function apply() {
    var query = fold(input.value.trim());
    var shown = 0;
    Array.prototype.forEach.call(entries, function (entry, i) {
      var match = query === '' || names[i].indexOf(query) >= 0;
      entry.hidden = !match;
      if (match) {
        shown++;
      }
    });

    Array.prototype.forEach.call(sections, function (section) {
      section.hidden = section.querySelector('.glossary-entry:not([hidden])') === null;
    });

    if (!status) {
      return;
    }

    if (query === '') {
      status.textContent = '';
    } else if (shown === 0) {
      status.textContent = 'No term matches “' + input.value.trim() + '”.';
    } else {
      status.textContent = 'Showing ' + shown + ' of ' + entries.length + (entries.length === 1 ? ' term.' : ' terms.');
    }
  }

  input.addEventListener('input', apply);
  input.addEventListener('keydown', function (event) {
    if ((event.key === 'Escape' || event.key === 'Esc') && input.value !== '') {
      input.value = '';
      apply();
    }
  });

  box.hidden = false;
  // A value the browser restored on back navigation applies at once.
  apply();
})();
