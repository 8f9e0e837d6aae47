<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign r = meta.root>
<@l.page meta=meta site=site>
<h1>${page.heading}</h1>
<nav class="filters" aria-label="Lọc các lượt">
  <p><span>Năm:</span> <#list page.years as y><a href="${r}${y.href}"<#if meta.path?starts_with(y.href)> aria-current="page"</#if>>${y.text}</a><#sep> · </#list></p>
  <p><span>Hình thức:</span> <#list page.kinds as k><a href="${r}${k.href}"<#if meta.path?starts_with(k.href)> aria-current="page"</#if>>${k.text}</a><#sep> · </#list></p>
  <p><span>Hướng:</span> <#list page.directions as d><a href="${r}${d.href}"<#if meta.path?starts_with(d.href)> aria-current="page"</#if>>${d.text}</a><#sep> · </#list></p>
  <p><span>Địa bàn:</span> <#list page.places as d><a href="${r}${d.href}"<#if meta.path?starts_with(d.href)> aria-current="page"</#if>>${d.text}</a><#sep> · </#list></p>
  <p><a href="${r}luan-chuyen/">Tất cả</a></p>
</nav>
<#if page.moves?has_content>
<@l.moves page.moves r page.heading/>
<#else>
<p>Hồ sơ chưa có lượt nào.</p>
</#if>
<#if (page.pagination.pages > 1)>
<nav class="pagination" aria-label="Trang">
  <#if page.pagination.previous??><a rel="prev" href="${r}${page.pagination.previous.href}">Trang trước</a></#if>
  <#list page.pagination.shown as p><#if p.href?has_content><a href="${r}${p.href}"<#if p.text == page.pagination.page?c> aria-current="page"</#if>>${p.text}</a><#else><span class="gap" aria-hidden="true">${p.text}</span></#if></#list>
  <#if page.pagination.next??><a rel="next" href="${r}${page.pagination.next.href}">Trang sau</a></#if>
</nav>
</#if>
</@l.page>
