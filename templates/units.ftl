<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign r = meta.root>
<#macro tree nodes>
<ul class="tree">
<#list nodes as n><li><@l.link n.link r/><#if n.note?has_content> <span class="muted">(${n.note})</span></#if><#if n.children?has_content><@tree n.children/></#if></li></#list>
</ul>
</#macro>
<@l.page meta=meta site=site>
<h1>Đơn vị hành chính</h1>
<@tree page.roots/>
</@l.page>
