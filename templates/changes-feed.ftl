<#ftl output_format="XML" strip_whitespace=true>
<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <title>Luân chuyển cán bộ: thay đổi hồ sơ</title>
  <id>${site.host}thay-doi/feed.xml</id>
  <link href="${site.host}thay-doi/feed.xml" rel="self"/>
  <link href="${site.host}thay-doi/"/>
  <updated><#if page.entries?has_content>${page.entries[0].dateIso}<#else>2000-01-01T00:00:00Z</#if></updated>
<#list page.entries as e>
  <entry>
    <title>${e.record.text}: ${e.message}</title>
    <id>${site.host}thay-doi/#${e.commit}-${e?index}</id>
    <link href="${site.host}<#if e.record.href?has_content>${e.record.href}<#else>thay-doi/</#if>"/>
    <updated>${e.dateIso}</updated>
    <summary>${e.changes?join("; ")}</summary>
  </entry>
</#list>
</feed>
