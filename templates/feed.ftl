<#ftl output_format="XML" strip_whitespace=true>
<#import "jbake.ftl" as j>
<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <title>Luân chuyển cán bộ: bài viết</title>
  <id>${config.site_host}feed.xml</id>
  <link href="${config.site_host}feed.xml" rel="self"/>
  <link href="${config.site_host}"/>
  <#if published_posts?has_content><updated>${published_posts[0].date?string("yyyy-MM-dd'T'00:00:00'Z'")}</updated></#if>
<#list published_posts as post>
  <entry>
    <title>${post.title}</title>
    <link href="${config.site_host}${post.uri}"/>
    <id>${config.site_host}${post.uri}</id>
    <updated>${post.date?string("yyyy-MM-dd'T'00:00:00'Z'")}</updated>
    <#if post.summary??><summary>${post.summary}</summary></#if>
  </entry>
</#list>
</feed>
