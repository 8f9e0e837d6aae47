<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign r = meta.root>
<@l.page meta=meta site=site>
<#if page.letter?has_content>
<h1>${meta.title}</h1>
<p>${page.count} cán bộ, xếp theo tên, rồi họ và tên đệm, như các danh sách chính thức. <a href="${r}tim-kiem/">Tìm theo họ tên</a> hoặc chọn chữ cái khác:</p>
<#else>
<h1>Cán bộ</h1>
<#if page.letters?has_content>
<p>Hồ sơ có ${page.total} cán bộ. Danh sách xếp theo tên, rồi họ và tên đệm, như các danh sách chính thức; chọn chữ cái đầu của tên, hoặc <a href="${r}tim-kiem/">tìm theo họ tên</a>.</p>
<#else>
<p>Xếp theo tên, rồi họ và tên đệm, như các danh sách chính thức.</p>
</#if>
</#if>
<#if page.letters?has_content>
<nav class="letters" aria-label="Chữ cái đầu của tên">
<ul>
<#list page.letters as x><li><#if x.current><a href="${r}${x.link.href}" aria-current="page">${x.link.text}</a><#else><@l.link x.link r/></#if><#if x.count?has_content> <span class="muted">${x.count}</span></#if></li></#list>
</ul>
</nav>
</#if>
<#if page.cadres?has_content>
<ul class="people">
<#list page.cadres as c><li><@l.link c.link r/><#if c.current?has_content><br><span class="muted">${c.current}</span></#if></li></#list>
</ul>
</#if>
</@l.page>
