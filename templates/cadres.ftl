<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign r = meta.root>
<@l.page meta=meta site=site>
<h1>Cán bộ</h1>
<p>Xếp theo tên, rồi họ và tên đệm, như các danh sách chính thức.</p>
<ul class="people">
<#list page.cadres as c><li><@l.link c.link r/><#if c.current?has_content><br><span class="muted">${c.current}</span></#if></li></#list>
</ul>
</@l.page>
