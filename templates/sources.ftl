<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<@l.page meta=meta site=site>
<h1>Nguồn</h1>
<p>Mỗi thông tin trong hồ sơ dẫn về một trong các nguồn dưới đây.</p>
<ol class="sources-list">
<#list page.sources as s>
  <li id="${s.id}"><cite>${s.title}</cite>. ${s.publication}<#if s.section?has_content>, mục ${s.section}</#if><#if s.date?has_content>, ${s.date}</#if><#if s.author?has_content>, ${s.author}</#if>.<#if s.url?has_content> <a href="${s.url}" rel="external nofollow">${s.url}</a></#if></li>
</#list>
</ol>
</@l.page>
