<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign r = meta.root>
<@l.page meta=meta site=site>
<nav aria-label="Vị trí" class="breadcrumbs"><ol><li><@l.link page.unit r/></li><li aria-current="page">Nhiệm kỳ ${page.term}</li></ol></nav>
<h1>${page.name}: lãnh đạo nhiệm kỳ ${page.term}</h1>
<#list page.posts as p>
<h2>${p.post}</h2>
<ul><#list p.holders as h><li><@l.link h.cadre r/><#if h.period?has_content>: ${h.period}</#if></li></#list></ul>
</#list>
<#if (page.terms?size > 1)><p>Nhiệm kỳ khác: <#list page.terms as t><a href="${r}${t.href}"<#if meta.path == t.href> aria-current="page"</#if>>${t.text}</a><#sep> · </#list></p></#if>
</@l.page>
