<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<@l.page meta=meta site=site>
<h1>Tìm kiếm</h1>
<form class="search-box" action="./" method="get" role="search" id="search-form">
  <label for="q">Tìm cán bộ, đơn vị, văn bản, bài viết (gõ có dấu hay không dấu đều được)</label>
  <input id="q" name="q" type="search" autocomplete="off">
  <button type="submit">Tìm</button>
</form>
<p id="search-status" role="status" aria-live="polite"></p>
<ol id="search-results" class="results"></ol>
<noscript><p>Tìm kiếm cần JavaScript. Xem <a href="../can-bo/">danh sách cán bộ</a> và <a href="../don-vi/">đơn vị</a>.</p></noscript>
<script src="${meta.root}assets/lunr.min.js"></script>
<script src="${meta.root}assets/search.js"></script>
</@l.page>
