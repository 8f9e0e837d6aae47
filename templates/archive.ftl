<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#import "jbake.ftl" as j>
<#assign r = "../">
<@l.page meta=j.meta("Bài viết", "Các bài viết về điều động, luân chuyển cán bộ, mới nhất trước.", "bai-viet/", r, "website") site=j.site()>
<h1>Bài viết</h1>
<ul class="articles">
<#list published_posts as post>
  <li><a href="${r}${post.uri}">${post.title}</a> <time datetime="${j.iso(post.date)}">${j.day(post.date)}</time><#if post.summary??><br><span class="summary">${post.summary}</span></#if></li>
</#list>
</ul>
</@l.page>
