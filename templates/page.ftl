<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#import "jbake.ftl" as j>
<#assign r = content.rootpath>
<@l.page meta=j.meta(content.title, content.summary!"", content.uri, r, "article") site=j.site()>
<article class="article">
  <h1>${content.title}</h1>
  ${content.body?no_esc}
</article>
</@l.page>
