// Client-side search over search-index.json with Lunr (a local asset). Both the index text and
// the query are folded: lower case, tone marks removed, đ → d, so "dang" finds "Đặng" and
// "Hoà" finds "Hòa". Lunr's English stemmer and stop words are left out of both pipelines.
(function () {
  "use strict";
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D")
      .toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  }
  var form = document.getElementById("search-form");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var root = "../";
  var entries = null;
  var index = null;

  function load() {
    if (entries) return Promise.resolve();
    return fetch(root + "search-index.json").then(function (r) { return r.json(); }).then(function (data) {
      entries = data;
      index = lunr(function () {
        this.pipeline.reset();
        this.searchPipeline.reset();
        this.ref("i");
        this.field("f");
        var builder = this;
        data.forEach(function (e, i) { builder.add({ i: String(i), f: e.f }); });
      });
    });
  }

  function show(query) {
    var terms = fold(query).split(" ").filter(Boolean);
    list.textContent = "";
    if (!terms.length) { status.textContent = ""; return; }
    var hits = index.query(function (q) {
      terms.forEach(function (t) {
        q.term(t, { presence: lunr.Query.presence.REQUIRED, wildcard: lunr.Query.wildcard.TRAILING });
      });
    });
    status.textContent = hits.length ? "Có " + hits.length + " kết quả cho «" + query + "»." : "Không có kết quả cho «" + query + "».";
    hits.forEach(function (h) {
      var e = entries[Number(h.ref)];
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + e.u;
      a.textContent = e.t;
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = " · " + e.k;
      li.appendChild(a);
      li.appendChild(kind);
      list.appendChild(li);
    });
  }

  function run(query) {
    load().then(function () { show(query); }).catch(function () {
      status.textContent = "Không tải được chỉ mục tìm kiếm.";
    });
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var query = input.value;
    history.replaceState(null, "", "?q=" + encodeURIComponent(query));
    run(query);
  });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; run(initial); }
})();
