<#ftl output_format="HTML" strip_whitespace=true>
<#-- The layout of every page, data pages and JBake's articles alike.
     meta: title, description, path, root, ogType, jsonLd; site: host, name. -->
<#macro page meta site>
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if meta.path == "">${site.name}<#else>${meta.title} – ${site.name}</#if></title>
<meta name="description" content="${meta.description}">
<link rel="canonical" href="${site.host}${meta.path}">
<meta property="og:type" content="${meta.ogType}">
<meta property="og:title" content="${meta.title}">
<meta property="og:description" content="${meta.description}">
<meta property="og:url" content="${site.host}${meta.path}">
<meta property="og:locale" content="vi_VN">
<meta property="og:site_name" content="${site.name}">
<link rel="stylesheet" href="${meta.root}assets/site.css">
<link rel="alternate" type="application/atom+xml" title="Bài viết mới" href="${meta.root}feed.xml">
<#if meta.jsonLd?has_content><script type="application/ld+json">${meta.jsonLd?no_esc}</script></#if>
</head>
<body>
<a class="skip" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header class="site">
  <a class="brand" href="${meta.root}">${site.name}</a>
  <nav aria-label="Chính">
    <ul>
    <#list [["", "Trang chủ"], ["don-vi/", "Đơn vị"], ["can-bo/", "Cán bộ"], ["luan-chuyen/", "Luân chuyển"], ["van-ban/", "Văn bản"], ["thanh-tich/", "Thành tích"], ["bai-viet/", "Bài viết"], ["ban-tin/", "Bản tin"], ["tim-kiem/", "Tìm kiếm"]] as item>
      <#assign current = (item[0] == "" && meta.path == "") || (item[0] != "" && meta.path?starts_with(item[0])) || (item[0] == "can-bo/" && meta.path?starts_with("can-bo-theo-ten/"))>
      <li><a href="${meta.root}${item[0]}"<#if current> aria-current="page"</#if>>${item[1]}</a></li>
    </#list>
    </ul>
  </nav>
  <form class="quick-search" action="${meta.root}tim-kiem/" method="get" role="search">
    <label for="q-top" class="visually-hidden">Tìm kiếm</label>
    <input id="q-top" name="q" type="search" placeholder="Tìm cán bộ, đơn vị…">
    <button type="submit">Tìm</button>
  </form>
</header>
<main id="noi-dung">
<#nested>
</main>
<footer class="site">
  <p>Dữ liệu từ hồ sơ của Ban Tổ chức và các bài báo được dẫn nguồn. <a href="${meta.root}nguon/">Nguồn</a> · <a href="${meta.root}thay-doi/">Thay đổi hồ sơ</a> · <a href="${meta.root}feed.xml">Atom</a> · <a href="${meta.root}sitemap.xml">Sơ đồ trang</a></p>
  <#if updated?? && updated.commit?has_content><p class="updated">Hồ sơ của trang này cập nhật ${updated.date} · bản dữ liệu <code>${updated.commit}</code></p></#if>
</footer>
</body>
</html>
</#macro>

<#-- A link whose href is relative to the site root. -->
<#macro link l root><#if l??><a href="${root}${l.href}">${l.text}</a></#if></#macro>

<#-- The sources a page cites. -->
<#macro sources list root>
<#if list?has_content>
<section class="sources" aria-labelledby="nguon">
  <h2 id="nguon">Nguồn</h2>
  <ul>
  <#list list as s><li><a href="${root}${s.link.href}">${s.link.text}</a> (${s.label})</li></#list>
  </ul>
</section>
</#if>
</#macro>

<#-- A table of moves. -->
<#macro moves rows root caption>
<#if rows?has_content>
<table class="moves">
  <caption>${caption}</caption>
  <thead><tr><th scope="col">Thời gian</th><th scope="col">Cán bộ</th><th scope="col">Từ</th><th scope="col">Đến</th><th scope="col">Hình thức</th><th scope="col">Hướng</th></tr></thead>
  <tbody>
  <#list rows as m>
    <tr>
      <td data-label="Thời gian"><#if m.dateIso?has_content><time datetime="${m.dateIso?replace("~", "")}">${m.date}</time></#if></td>
      <td data-label="Cán bộ"><@link m.cadre root/></td>
      <td data-label="Từ"><#if m.fromPost?has_content><#if m.fromUnit??><a href="${root}${m.fromUnit.href}">${m.fromPost}</a><#else>${m.fromPost}</#if><#else><span class="muted">chưa rõ</span></#if></td>
      <td data-label="Đến"><#if m.toUnit??><a href="${root}${m.toUnit.href}">${m.toPost}</a><#else>${m.toPost}</#if></td>
      <td data-label="Hình thức">${m.kind}</td>
      <td data-label="Hướng"><span class="direction ${m.directionId}">${m.direction}</span></td>
    </tr>
  </#list>
  </tbody>
</table>
</#if>
</#macro>

<#macro articles list root>
<#if list?has_content>
<ul class="articles">
<#list list as a>
  <li><a href="${root}${a.link.href}">${a.link.text}</a> <time datetime="${a.dateIso}">${a.date}</time><#if a.summary?has_content><br><span class="summary">${a.summary}</span></#if></li>
</#list>
</ul>
</#if>
</#macro>

<#-- Targets with their state, the figure judged on, its basis and source. -->
<#macro targets rows root asOf>
<#if rows?has_content>
<table class="targets">
  <caption>Chỉ tiêu và tình trạng, tính đến ${asOf}</caption>
  <thead><tr><th scope="col">Chỉ tiêu</th><th scope="col">Mức</th><th scope="col">Thời hạn</th><th scope="col">Kết quả</th><th scope="col">Tình trạng</th></tr></thead>
  <tbody>
  <#list rows as t>
    <tr>
      <td data-label="Chỉ tiêu">${t.indicator}<br><span class="note"><a href="${root}${t.programme.href}">${t.programme.text}</a></span></td>
      <td data-label="Mức">${t.goal}</td>
      <td data-label="Thời hạn">${t.deadline}</td>
      <td data-label="Kết quả"><#if t.actual?has_content>${t.actual}<br><span class="note">${t.basis}<#list t.sources as s>: <a href="${root}${s.link.href}">${s.label}</a></#list></span></#if><#if t.years?has_content><ul class="years"><#list t.years as y><li>${y}</li></#list></ul></#if></td>
      <td data-label="Tình trạng"><span class="state ${t.stateId}">${t.state}</span></td>
    </tr>
  </#list>
  </tbody>
</table>
</#if>
</#macro>

<#-- A chart and the same numbers as a table. -->
<#macro chart c>
<figure class="chart">
  <figcaption>${c.caption}</figcaption>
  ${c.svg?no_esc}
  <table class="chart-data">
    <caption>Số liệu của biểu đồ: ${c.caption}</caption>
    <tbody><#list c.rows as r><tr><th scope="row">${r.label}</th><td class="num">${r.value}</td></tr></#list></tbody>
  </table>
</figure>
</#macro>

<#-- The commits that changed a record. -->
<#macro changes rows>
<#if rows?has_content>
<section aria-labelledby="lich-su-thay-doi">
  <h2 id="lich-su-thay-doi">Lịch sử thay đổi hồ sơ</h2>
  <ol class="changes">
  <#list rows as c>
    <li><time datetime="${c.dateIso}">${c.date}</time> · <code>${c.commit}</code> · ${c.message}
      <ul><#list c.changes as x><li>${x}</li></#list></ul></li>
  </#list>
  </ol>
</section>
</#if>
</#macro>

<#-- A list of PDF bulletins. -->
<#macro bulletins list root>
<#if list?has_content>
<ul class="bulletins">
<#list list as b><li><a href="${root}${b.link.href}" type="application/pdf">${b.link.text}</a> <span class="muted">(PDF<#if b.period?has_content>, ${b.period}</#if>)</span></li></#list>
</ul>
</#if>
</#macro>
