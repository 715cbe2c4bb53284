// The briefing's search: a combobox in the header (WAI-ARIA combobox pattern with a listbox popup) over the
// index the build writes to search/. Index files are scripts that call BriefingSearchData(kind, number, data),
// so they load from disk (file://, where fetch of local files is refused) as well as over HTTP under any base
// path. Only the manifest, the parts for the words typed and the entry files of the results shown are loaded.
// The field stays hidden without JavaScript; the glossary's A–Z remains the way in.
(function () {
  'use strict';

  var doc = document;
  var script = doc.currentScript;
  // The site root is where this file's folder (assets/) is: works at a domain root, under a project path and on disk.
  var root = script ? script.src.replace(/assets\/search\.js(?:[?#].*)?$/, '') : '';

  // Text folding and word splitting; must match Briefing.Search.SearchText step for step (tested in a browser).
  var FOLDED = {
    'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'ł': 'l', 'ı': 'i', 'ə': 'e', 'þ': 'th', 'ς': 'σ',
    '’': "'", '‘': "'", 'ʼ': "'", '′': "'"
  };
  var WORD_CHAR = /^[\p{L}\p{Nd}]$/u;

  function fold(text) {
    return text.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase()
      .replace(/[ßæœøđðłıəþς’‘ʼ′]/g, function (c) { return FOLDED[c]; });
  }

  // Words with where they start and end in the original text (in UTF-16 units), for highlighting.
  function wordsAt(text) {
    var found = [];
    var word = '';
    var start = 0;
    var chars = Array.from(text);
    var offset = 0;
    var folded = chars.map(fold);
    var flat = [];
    // Flatten the folded characters, remembering which original character each came from.
    for (var i = 0; i < chars.length; i++) {
      var pieces = Array.from(folded[i]);
      for (var j = 0; j < pieces.length; j++) {
        flat.push({ c: pieces[j], from: offset, to: offset + chars[i].length });
      }
      offset += chars[i].length;
    }
    var end = 0;
    for (var k = 0; k < flat.length; k++) {
      var c = flat[k].c;
      if (WORD_CHAR.test(c)) {
        if (word === '') {
          start = flat[k].from;
        }
        word += c;
        end = flat[k].to;
      } else if (c === "'" && word !== '' && k + 1 < flat.length && WORD_CHAR.test(flat[k + 1].c)) {
        // An apostrophe inside a word joins its two sides.
      } else if (word !== '') {
        found.push({ word: word, start: start, end: end });
        word = '';
      }
    }
    if (word !== '') {
      found.push({ word: word, start: start, end: end });
    }
    return found;
  }

  // Splitting the folded text as a whole, exactly as the build does: the words a query looks up. (wordsAt
  // folds character by character to keep offsets; for prose the two agree.)
  function wordsOfFolded(text) {
    var chars = Array.from(fold(text));
    var found = [];
    var word = '';
    for (var i = 0; i < chars.length; i++) {
      var c = chars[i];
      if (WORD_CHAR.test(c)) {
        word += c;
      } else if (c === "'" && word !== '' && i + 1 < chars.length && WORD_CHAR.test(chars[i + 1])) {
        // joined
      } else if (word !== '') {
        found.push(word);
        word = '';
      }
    }
    if (word !== '') {
      found.push(word);
    }
    return found;
  }

  // ---- Loading index files --------------------------------------------------------------------------

  var loads = {};
  var waiting = {};

  window.BriefingSearchData = function (kind, number, data) {
    var key = kind + ':' + number;
    if (waiting[key]) {
      waiting[key].resolve(data);
      delete waiting[key];
    }
  };

  function load(kind, number, path) {
    var key = kind + ':' + number;
    if (!loads[key]) {
      loads[key] = new Promise(function (resolve, reject) {
        waiting[key] = { resolve: resolve };
        var element = doc.createElement('script');
        element.src = root + path;
        element.async = true;
        element.onload = function () {
          if (waiting[key]) {
            delete waiting[key];
            reject(new Error(path + ' did not register its data'));
          }
          element.remove();
        };
        element.onerror = function () {
          delete waiting[key];
          delete loads[key];
          element.remove();
          reject(new Error(path + ' could not be loaded'));
        };
        doc.head.appendChild(element);
      });
    }
    return loads[key];
  }

  var manifest = null;

  function loadManifest() {
    return load('index', 0, 'search/index.js').then(function (data) {
      if (data.version !== 1) {
        throw new Error('the search index has an unknown format');
      }
      manifest = data;
      manifest.stop = new Set(data.stopWords);
      return data;
    });
  }

  function loadPart(number) {
    return load('part', number, 'search/parts/' + number + '.js');
  }

  function loadEntries(number) {
    return load('entries', number, 'search/entries/' + number + '.js');
  }

  // ---- Querying ----------------------------------------------------------------------------------------

  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var DIGIT = {};
  for (var d = 0; d < ALPHABET.length; d++) {
    DIGIT[ALPHABET.charAt(d)] = d;
  }

  // Mirrors Briefing.Search.PostingCodec: gap − 1 as base-32 digits with a continuation bit, then the impact.
  function eachPosting(text, visit) {
    var entry = -1;
    var i = 0;
    while (i < text.length) {
      var gap = 0;
      var shift = 0;
      var digit;
      do {
        digit = DIGIT[text.charAt(i++)];
        gap += (digit & 31) * Math.pow(2, shift);
        shift += 5;
      } while (digit & 32);
      entry += gap + 1;
      visit(entry, DIGIT[text.charAt(i++)]);
    }
  }

  // A word of one character is looked up as it is; longer ones also as the start of longer words.
  function partsFor(token, asPrefix) {
    var numbers = [];
    manifest.parts.forEach(function (prefix, number) {
      if (token.indexOf(prefix) === 0 || (asPrefix && prefix.indexOf(token) === 0)) {
        numbers.push(number);
      }
    });
    return numbers;
  }

  function matchToken(token, asPrefix) {
    return Promise.all(partsFor(token, asPrefix).map(loadPart)).then(function (parts) {
      var scores = new Map();
      parts.forEach(function (part) {
        Object.keys(part).forEach(function (word) {
          var exact = word === token;
          if (!exact && !(asPrefix && word.indexOf(token) === 0)) {
            return;
          }
          // A whole word typed counts a little more than the start of a longer one.
          var weight = exact ? 1.25 : 1;
          eachPosting(part[word], function (entry, impact) {
            var score = impact * weight;
            if (!(scores.get(entry) >= score)) {
              scores.set(entry, score);
            }
          });
        });
      });
      return scores;
    });
  }

  function queryTokens(query) {
    var all = wordsOfFolded(query);
    var last = all.length - 1;
    var finished = /\s$/.test(query);
    // Stop words are not in the index; the word still being typed may be the start of another ("in" → "invasion").
    return all
      .filter(function (word, i) { return !manifest.stop.has(word) || (i === last && !finished); })
      .map(function (word) { return { word: word, prefix: Array.from(word).length > 1 }; });
  }

  function kindOf(entry) {
    for (var i = 0; i < manifest.kinds.length; i++) {
      var kind = manifest.kinds[i];
      if (entry >= kind[1] && entry < kind[1] + kind[2]) {
        return kind[0];
      }
    }
    return null;
  }

  function search(query) {
    var tokens = queryTokens(query);
    if (tokens.length === 0) {
      return Promise.resolve({ tokens: [], total: 0, groups: [] });
    }
    return Promise.all(tokens.map(function (t) { return matchToken(t.word, t.prefix); })).then(function (maps) {
      // Every word of the query must match (each as a prefix); scores add up.
      maps.sort(function (a, b) { return a.size - b.size; });
      var hits = [];
      maps[0].forEach(function (score, entry) {
        var total = score;
        for (var i = 1; i < maps.length; i++) {
          var other = maps[i].get(entry);
          if (other === undefined) {
            return;
          }
          total += other;
        }
        hits.push({ entry: entry, score: total });
      });
      hits.sort(function (a, b) { return b.score - a.score || a.entry - b.entry; });
      var groups = GROUPS.map(function (group) {
        var all = hits.filter(function (hit) { return kindOf(hit.entry) === group.kind; });
        return { kind: group.kind, label: group.label, total: all.length, hits: all.slice(0, group.shown) };
      }).filter(function (group) { return group.total > 0; });
      var shown = [];
      groups.forEach(function (group) { shown = shown.concat(group.hits); });
      var files = Array.from(new Set(shown.map(function (hit) { return Math.floor(hit.entry / manifest.entriesPerFile); })));
      return Promise.all(files.map(loadEntries)).then(function (loaded) {
        var byFile = new Map();
        files.forEach(function (file, i) { byFile.set(file, loaded[i]); });
        shown.forEach(function (hit) {
          hit.data = byFile.get(Math.floor(hit.entry / manifest.entriesPerFile))[hit.entry % manifest.entriesPerFile];
        });
        return { tokens: tokens, total: hits.length, groups: groups };
      });
    });
  }

  var GROUPS = [
    { kind: 'term', label: 'Terms', shown: 4 },
    { kind: 'paragraph', label: 'Paragraphs', shown: 5 },
    { kind: 'section', label: 'Sections', shown: 5 },
    { kind: 'event', label: 'Events', shown: 3 }
  ];

  // ---- Showing results ---------------------------------------------------------------------------------

  function matches(word, tokens) {
    return tokens.some(function (t) { return t.prefix ? word.indexOf(t.word) === 0 : word === t.word; });
  }

  // Up to about 28 words around the first match, every matching word marked.
  function snippet(text, tokens) {
    var container = doc.createElement('span');
    container.className = 'search-snippet';
    var found = wordsAt(text);
    var first = found.findIndex(function (w) { return matches(w.word, tokens); });
    var from = first < 0 ? 0 : Math.max(0, first - 8);
    var to = Math.min(found.length, from + 28);
    if (found.length === 0) {
      container.textContent = text;
      return container;
    }
    var start = from === 0 ? 0 : found[from].start;
    var end = to === found.length ? text.length : found[to - 1].end;
    var at = start;
    if (from > 0) {
      container.appendChild(doc.createTextNode('… '));
    }
    for (var i = from; i < to; i++) {
      if (!matches(found[i].word, tokens)) {
        continue;
      }
      container.appendChild(doc.createTextNode(text.slice(at, found[i].start)));
      var mark = doc.createElement('mark');
      mark.textContent = text.slice(found[i].start, found[i].end);
      container.appendChild(mark);
      at = found[i].end;
    }
    container.appendChild(doc.createTextNode(text.slice(at, end) + (to < found.length ? ' …' : '')));
    return container;
  }

  // On disk a folder link shows a listing: point it at the folder's index.html.
  function hrefOf(path) {
    var url = root + path;
    if (location.protocol === 'file:') {
      url = url.replace(/\/(#|$)/, '/index.html$1');
    }
    return url;
  }

  function setUp() {
    var box = doc.querySelector('.site-search');
    var input = box && box.querySelector('input[role="combobox"]');
    var list = box && doc.getElementById(input.getAttribute('aria-controls'));
    var status = box && box.querySelector('[role="status"]');
    if (!input || !list || !status || !root || !('Set' in window) || !String.prototype.normalize) {
      return;
    }
    box.hidden = false;

    var options = [];
    var active = -1;
    var generation = 0;
    var timer = 0;
    var returnFocus = null;

    function open() {
      if (options.length > 0) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      select(-1);
    }

    function select(index) {
      if (active >= 0 && options[active]) {
        options[active].setAttribute('aria-selected', 'false');
      }
      active = index;
      if (index < 0) {
        input.removeAttribute('aria-activedescendant');
        return;
      }
      var option = options[index];
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    }

    function go(option) {
      window.location.href = option.getAttribute('data-href');
    }

    function announce(text) {
      status.textContent = text;
    }

    function render(query, result) {
      list.textContent = '';
      options = [];
      active = -1;
      input.removeAttribute('aria-activedescendant');
      result.groups.forEach(function (group) {
        var element = doc.createElement('div');
        element.setAttribute('role', 'group');
        element.className = 'search-group';
        var label = doc.createElement('div');
        label.id = 'site-search-group-' + group.kind;
        label.className = 'search-group-label';
        label.setAttribute('role', 'presentation');
        label.textContent = group.label + (group.total > group.hits.length ? ' (' + group.hits.length + ' of ' + group.total + ')' : '');
        element.setAttribute('aria-labelledby', label.id);
        element.appendChild(label);
        group.hits.forEach(function (hit) {
          var option = doc.createElement('div');
          option.setAttribute('role', 'option');
          option.setAttribute('aria-selected', 'false');
          option.id = 'site-search-option-' + options.length;
          option.className = 'search-result search-result-' + group.kind;
          option.setAttribute('data-href', hrefOf(hit.data.u));
          var head = doc.createElement('span');
          head.className = 'search-result-head';
          var title = doc.createElement('span');
          title.className = 'search-result-title';
          title.textContent = hit.data.t;
          head.appendChild(title);
          if (hit.data.c) {
            var context = doc.createElement('span');
            context.className = 'search-result-context';
            context.textContent = hit.data.c;
            head.appendChild(context);
          }
          option.appendChild(head);
          if (hit.data.x) {
            option.appendChild(snippet(hit.data.x, result.tokens));
          }
          if (hit.data.b) {
            var cited = doc.createElement('span');
            cited.className = 'search-result-cited';
            var more = (hit.data.n || 0) - hit.data.b.length;
            cited.textContent = 'Cited in ' + hit.data.b.map(function (b) { return b[0]; }).join(', ') +
              (more > 0 ? ' and ' + more + ' more' : '');
            option.appendChild(cited);
          }
          option.addEventListener('mousedown', function (event) { event.preventDefault(); });
          option.addEventListener('click', function () { go(option); });
          element.appendChild(option);
          options.push(option);
        });
        list.appendChild(element);
      });
      if (options.length > 0) {
        open();
      } else {
        close();
      }
      var total = result.total;
      // Which query the list shows, for styles and scripts that need to know the list is up to date.
      box.setAttribute('data-results-for', query);
      announce(total === 0 ? 'No results for “' + query + '”' : total === 1 ? '1 result' : total + ' results');
    }

    function run() {
      var query = input.value;
      var mine = ++generation;
      if (query.trim() === '') {
        list.textContent = '';
        options = [];
        close();
        announce('');
        return;
      }
      loadManifest()
        .then(function () { return search(query); })
        .then(function (result) {
          if (mine === generation) {
            render(query, result);
          }
        })
        .catch(function () {
          if (mine === generation) {
            list.textContent = '';
            options = [];
            close();
            announce('Search is not available right now.');
          }
        });
    }

    input.addEventListener('focus', function () {
      loadManifest().catch(function () { /* reported when searching */ });
      open();
    });
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(run, 40);
    });
    input.addEventListener('blur', function () {
      close();
    });
    input.addEventListener('keydown', function (event) {
      switch (event.key) {
        case 'ArrowDown':
          event.preventDefault();
          open();
          if (options.length > 0) {
            select(active + 1 < options.length ? active + 1 : 0);
          }
          break;
        case 'ArrowUp':
          event.preventDefault();
          open();
          if (options.length > 0) {
            select(active > 0 ? active - 1 : options.length - 1);
          }
          break;
        case 'Enter':
          if (!list.hidden && options.length > 0) {
            event.preventDefault();
            go(options[active >= 0 ? active : 0]);
          }
          break;
        case 'Escape':
        case 'Esc':
          if (!list.hidden) {
            event.preventDefault();
            close();
          } else {
            event.preventDefault();
            input.value = '';
            run();
            if (returnFocus && doc.contains(returnFocus)) {
              returnFocus.focus();
            }
            returnFocus = null;
          }
          break;
        default:
          break;
      }
    });

    // "/" anywhere but in a text field moves to the search field.
    doc.addEventListener('keydown', function (event) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) {
        return;
      }
      var target = event.target;
      if (target instanceof Element && target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) {
        return;
      }
      event.preventDefault();
      returnFocus = doc.activeElement !== doc.body ? doc.activeElement : null;
      input.focus();
      input.select();
    });
  }

  window.BriefingSearch = { fold: fold, words: wordsOfFolded, wordsAt: wordsAt, search: function (q) { return loadManifest().then(function () { return search(q); }); } };

  if (doc.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', setUp);
  } else {
    setUp();
  }
})();
