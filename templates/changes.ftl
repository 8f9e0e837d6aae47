<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign r = meta.root>
<@l.page meta=meta site=site>
<h1>Thay đổi hồ sơ</h1>
<p>Mỗi thay đổi trong hồ sơ là một lần ghi (commit) trong kho dữ liệu; dưới đây là các thay đổi theo từng hồ sơ, mới nhất trước. <a href="${r}thay-doi/feed.xml">Theo dõi bằng Atom</a>.</p>
<#if updated.note?has_content><p class="status">${updated.note}</p></#if>
<#if page.more><p>Dưới đây là ${page.entries?size} thay đổi mới nhất trong tổng số ${page.total}; lịch sử đầy đủ của mỗi hồ sơ ở trang của hồ sơ đó.</p></#if>
<#if page.entries?has_content>
<ol class="changes">
<#list page.entries as e>
  <li><time datetime="${e.dateIso}">${e.date}</time> · <code>${e.commit}</code> · <#if e.record.href?has_content><a href="${r}${e.record.href}">${e.record.text}</a><#else>${e.record.text}</#if>: ${e.message}
    <ul><#list e.changes as x><li>${x}</li></#list></ul></li>
</#list>
</ol>
<#else>
<p>Chưa có thay đổi nào được ghi nhận.</p>
</#if>
</@l.page>
