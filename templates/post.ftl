<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#import "jbake.ftl" as j>
<#assign r = content.rootpath>
<@l.page meta=j.meta(content.title, content.summary!"", content.uri, r, "article") site=j.site()>
<article class="article">
  <h1>${content.title}</h1>
  <p class="dateline"><time datetime="${j.iso(content.date)}">${j.day(content.date)}</time></p>
  <#if content.summary??><p class="lead">${content.summary}</p></#if>
  ${content.body?no_esc}
  <#if content.tags?has_content>
  <p class="tags">Chủ đề: <#list content.tags as t><a href="${r}bai-viet/chu-de/${j.slug(t)}/">${t}</a><#sep>, </#list></p>
  </#if>
</article>
</@l.page>
