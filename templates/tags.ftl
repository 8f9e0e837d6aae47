<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#import "jbake.ftl" as j>
<#assign r = "../../">
<@l.page meta=j.meta("Chủ đề: " + tag, "Các bài viết về " + tag + ".", "bai-viet/chu-de/" + tag?replace(" ", "-") + ".html", r, "website") site=j.site()>
<h1>Chủ đề: ${tag}</h1>
<ul class="articles">
<#list tag_posts as post>
  <li><a href="${r}${post.uri}">${post.title}</a> <time datetime="${j.iso(post.date)}">${j.day(post.date)}</time></li>
</#list>
</ul>
</@l.page>
