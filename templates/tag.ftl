<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<@l.page meta=meta site=site>
<h1>Chủ đề: ${page.tag}</h1>
<@l.articles page.articles meta.root/>
<p><a href="${meta.root}bai-viet/">Tất cả bài viết</a></p>
</@l.page>
