// A small stand-in for Office.js (Office + Word) used by the unit tests (Node) and injected into
// the page by the end-to-end tests (Playwright addInitScript). It keeps Office.js's batching
// rules: a collection's items and a paragraph's text can be read only after load() and
// context.sync(), otherwise it throws like Office.js ("PropertyNotLoaded"). Every Word call that
// changes or selects something is recorded in `mock.log`.
//
// config: {
//   paragraphs: [text…]            main story (Word shows a manual line break as "\v")
//   headers: {Primary: [text…], FirstPage: [...], EvenPages: [...]}, footers: {...}
//   textboxes: [text…]             searched by body.search only
//   fileBase64: "…"                the bytes getFileAsync returns
//   sliceSize: number|null         overrides the slice size the add-in asks for
//   wordApi: "1.4"                 highest WordApi requirement set supported
//   failGetFile, failSlice: index  error states
//   trackingMode: "Off"
// }

function createOfficeMock(config) {
  const cfg = Object.assign(
    { paragraphs: [], headers: {}, footers: {}, textboxes: [], wordApi: "1.4", trackingMode: "Off" },
    config || {},
  );
  const log = [];
  const state = { trackingMode: cfg.trackingMode, runs: 0, syncs: 0, openFiles: 0 };

  function notLoaded(what) {
    const e = new Error(`PropertyNotLoaded: ${what}`);
    e.code = "PropertyNotLoaded";
    return e;
  }

  function unescapeSearch(s) {
    let out = "";
    for (let i = 0; i < s.length; i++) {
      if (s[i] === "^" && i + 1 < s.length) {
        const c = s[++i];
        out += c === "^" ? "^" : c === "t" ? "\t" : c === "l" ? "\v" : c === "m" ? "\f" : c === "p" ? "\r" : "^" + c;
      } else {
        out += s[i];
      }
    }
    return out;
  }

  function newContext() {
    const pending = [];
    const context = {
      sync() {
        state.syncs += 1;
        for (const fn of pending.splice(0)) fn();
        return Promise.resolve();
      },
    };

    function collection(compute, name) {
      let items = null;
      const col = {
        load() {
          pending.push(() => {
            items = compute();
          });
          return col;
        },
        get items() {
          if (items === null) throw notLoaded(`${name}.items`);
          return items;
        },
      };
      return col;
    }

    function range(para, start, end) {
      const r = {
        _para: para,
        _start: start,
        _end: end,
        get text() {
          return para.store.texts[para.index].slice(start, end);
        },
        select() {
          log.push({ op: "select", story: para.story, paragraph: para.index, start, end, text: r.text });
        },
        insertText(text, location) {
          const texts = para.store.texts;
          const old = texts[para.index];
          log.push({
            op: "insertText",
            story: para.story,
            paragraph: para.index,
            start,
            end,
            replaced: old.slice(start, end),
            text,
            location,
            trackingMode: state.trackingMode,
          });
          if (location !== "Replace") throw new Error(`mock supports Replace only, got ${location}`);
          texts[para.index] = old.slice(0, start) + text + old.slice(end);
          return range(para, start, start + text.length);
        },
        insertComment(text) {
          log.push({ op: "insertComment", story: para.story, paragraph: para.index, start, end, anchor: r.text, text });
          return { content: text };
        },
        expandTo(other) {
          return range(para, Math.min(start, other._start), Math.max(end, other._end));
        },
      };
      return r;
    }

    function findAll(text, needle, matchCase) {
      const hay = matchCase ? text : text.toLowerCase();
      const pin = matchCase ? needle : needle.toLowerCase();
      const found = [];
      if (!pin) return found;
      let pos = 0;
      for (;;) {
        const idx = hay.indexOf(pin, pos);
        if (idx < 0) return found;
        found.push(idx);
        pos = idx + pin.length;
      }
    }

    function paragraph(store, index, story) {
      let loaded = false;
      const para = {
        store,
        index,
        story,
        get text() {
          if (!loaded) throw notLoaded("paragraph.text");
          return store.texts[index];
        },
        _markLoaded() {
          loaded = true;
        },
        search(raw, options) {
          if (raw.length > 255) throw new Error("SearchStringInvalidOrTooLong");
          const needle = unescapeSearch(raw);
          const matchCase = Boolean(options && options.matchCase);
          log.push({ op: "search", story, paragraph: index, text: raw });
          return collection(
            () => findAll(store.texts[index], needle, matchCase).map((at) => range(para, at, at + needle.length)),
            "search",
          );
        },
        getRange(where) {
          if (where !== "Content" && where !== "Whole" && where !== undefined) throw new Error(`getRange(${where})`);
          return range(para, 0, store.texts[index].length);
        },
        select() {
          log.push({ op: "select", story, paragraph: index, start: 0, end: store.texts[index].length, text: store.texts[index] });
        },
      };
      return para;
    }

    function paragraphCollection(store, story) {
      const paras = store.texts.map((_, i) => paragraph(store, i, story));
      let items = null;
      const col = {
        load(what) {
          log.push({ op: "load", story, what });
          pending.push(() => {
            items = paras;
            if (what && String(what).includes("text")) for (const p of paras) p._markLoaded();
          });
          return col;
        },
        get items() {
          if (items === null) throw notLoaded("paragraphs.items");
          return items;
        },
      };
      return col;
    }

    function bodyOf(store, story) {
      return {
        get paragraphs() {
          return paragraphCollection(store, story);
        },
      };
    }

    const stores = {
      body: { texts: cfg.paragraphs },
      textbox: { texts: cfg.textboxes },
    };
    const headerStore = (kind, which) => {
      const key = `${which}:${kind}`;
      if (!stores[key]) stores[key] = { texts: (cfg[which === "header" ? "headers" : "footers"][kind] || []).slice() };
      return stores[key];
    };
    const body = bodyOf(stores.body, null);
    body.search = (raw, options) => {
      const needle = unescapeSearch(raw);
      const matchCase = Boolean(options && options.matchCase);
      log.push({ op: "search", story: "document", text: raw });
      return collection(() => {
        const out = [];
        for (const [name, store] of [["body", stores.body], ["textbox", stores.textbox]]) {
          store.texts.forEach((t, i) => {
            for (const at of findAll(t, needle, matchCase)) {
              out.push(range(paragraph(store, i, name === "body" ? null : name), at, at + needle.length));
            }
          });
        }
        return out;
      }, "search");
    };
    const section = {
      getHeader(kind) {
        return bodyOf(headerStore(kind, "header"), "header");
      },
      getFooter(kind) {
        return bodyOf(headerStore(kind, "footer"), "footer");
      },
    };
    const documentLoaded = { changeTrackingMode: false };
    context.document = {
      body,
      sections: collection(() => [section], "sections"),
      load(what) {
        pending.push(() => {
          if (String(what).includes("changeTrackingMode")) documentLoaded.changeTrackingMode = true;
        });
      },
      get changeTrackingMode() {
        if (!documentLoaded.changeTrackingMode) throw notLoaded("document.changeTrackingMode");
        return state.trackingMode;
      },
      set changeTrackingMode(value) {
        log.push({ op: "setChangeTrackingMode", value });
        state.trackingMode = value;
      },
    };
    return context;
  }

  const Word = {
    ChangeTrackingMode: { off: "Off", trackAll: "TrackAll", trackMineOnly: "TrackMineOnly" },
    InsertLocation: { replace: "Replace", start: "Start", end: "End", before: "Before", after: "After" },
    async run(fn) {
      state.runs += 1;
      return fn(newContext());
    },
  };

  function decodeBase64(b64) {
    const bin = atob(b64 || "");
    const out = new Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }

  const fileBytes = decodeBase64(cfg.fileBase64);

  function versionAtMost(v, max) {
    const a = String(v).split(".").map(Number);
    const b = String(max).split(".").map(Number);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = (a[i] || 0) - (b[i] || 0);
      if (d !== 0) return d < 0;
    }
    return true;
  }

  const Office = {
    HostType: { Word: "Word" },
    FileType: { Compressed: "compressed", Text: "text", Pdf: "pdf" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady(cb) {
      const info = { host: "Word", platform: "PC" };
      if (cb) cb(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: "vi-VN",
      requirements: {
        isSetSupported(name, version) {
          return name === "WordApi" && versionAtMost(version || "1.1", cfg.wordApi);
        },
      },
      document: {
        url: cfg.url || "C:\\Văn bản\\du-thao.docx",
        getFileAsync(type, options, callback) {
          const cb = typeof options === "function" ? options : callback;
          const opts = typeof options === "function" ? {} : options || {};
          log.push({ op: "getFileAsync", type, sliceSize: opts.sliceSize });
          setTimeout(() => {
            if (cfg.failGetFile) {
              cb({ status: "failed", error: { code: 5001, message: "Internal error" } });
              return;
            }
            if (state.openFiles > 0) {
              cb({ status: "failed", error: { code: 11002, message: "Too many open files" } });
              return;
            }
            state.openFiles += 1;
            const sliceSize = cfg.sliceSize || opts.sliceSize || 65536;
            const count = Math.max(1, Math.ceil(fileBytes.length / sliceSize));
            const file = {
              size: fileBytes.length,
              sliceCount: count,
              getSliceAsync(index, cb2) {
                log.push({ op: "getSliceAsync", index });
                setTimeout(() => {
                  if (cfg.failSlice === index) {
                    cb2({ status: "failed", error: { code: 5001, message: "slice failed" } });
                    return;
                  }
                  const data = fileBytes.slice(index * sliceSize, (index + 1) * sliceSize);
                  cb2({ status: "succeeded", value: { index, data, size: data.length } });
                }, 0);
              },
              closeAsync(cb2) {
                log.push({ op: "closeAsync" });
                state.openFiles -= 1;
                setTimeout(() => cb2 && cb2({ status: "succeeded" }), 0);
              },
            };
            cb({ status: "succeeded", value: file });
          }, 0);
        },
      },
    },
  };

  return { Office, Word, log, state, texts: () => cfg.paragraphs };
}

if (typeof module !== "undefined" && module.exports) module.exports = { createOfficeMock };
