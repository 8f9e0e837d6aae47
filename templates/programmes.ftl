<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign r = meta.root>
<@l.page meta=meta site=site>
<h1>Văn bản, chương trình</h1>
<ul class="programmes">
<#list page.programmes as p><li><@l.link p.link r/><br><span class="muted"><#if p.issuer?has_content>${p.issuer}</#if><#if p.period?has_content>; ${p.period}</#if></span></li></#list>
</ul>
</@l.page>
