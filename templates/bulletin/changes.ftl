<?xml version="1.0" encoding="UTF-8"?>
<#-- A bulletin of personnel changes between two revisions: title, dateline, then one row per
     change, grouped by record as the command lists them. Every value is escaped. -->
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
<head>
<title>${title}</title>
<meta name="author" content="${masthead.byline}"/>
<meta name="subject" content="Những thay đổi trong hồ sơ cán bộ giữa hai bản dữ liệu ${range}"/>
<meta name="keywords" content="thay đổi hồ sơ, luân chuyển cán bộ, ${range}"/>
<link rel="stylesheet" type="text/css" href="bulletin.css"/>
<bookmarks>
<bookmark name="${title}" href="#dau-trang"/>
<bookmark name="Các thay đổi" href="#thay-doi"/>
</bookmarks>
</head>
<body>
<div class="running-header"><span>${title}</span></div>
<div class="masthead" id="dau-trang"><span class="publication">${masthead.publication}</span></div>
<p class="section-label">${masthead.section}</p>
<h1>Thay đổi trong hồ sơ cán bộ: ${lines?size} thay đổi</h1>
<p class="dateline">${dateline} | <span class="byline">${masthead.byline}</span></p>
<p class="lead">Bản tin này liệt kê những thay đổi trong hồ sơ giữa hai bản dữ liệu ${range}: chức vụ mới, chức vụ kết thúc, lượt điều động, luân chuyển mới và những chỗ được sửa.</p>
<h2 id="thay-doi">Các thay đổi</h2>
<#if lines?has_content>
<table class="moves changes">
<thead><tr><th>Hồ sơ</th><th>Thay đổi</th><th>Tệp</th></tr></thead>
<tbody>
<#list lines as x><tr><td>${x.record}</td><td>${x.change}</td><td>${x.file}</td></tr></#list>
</tbody>
</table>
<#else>
<p>Không có thay đổi nào trong hồ sơ giữa hai bản dữ liệu này.</p>
</#if>
</body>
</html>
