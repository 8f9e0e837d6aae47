<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign r = meta.root>
<@l.page meta=meta site=site>
<h1>${page.title}</h1>
<dl class="facts">
  <#if page.issuer?has_content><dt>Cơ quan ban hành</dt><dd>${page.issuer}</dd></#if>
  <#if page.date?has_content><dt>Ngày ban hành</dt><dd>${page.date}</dd></#if>
  <#if page.period?has_content><dt>Thời kỳ</dt><dd>${page.period}</dd></#if>
  <#if page.scope??><dt>Phạm vi</dt><dd><@l.link page.scope r/></dd></#if>
</dl>
<#if page.note?has_content><p>${page.note}</p></#if>
<#if page.targets?has_content>
<section aria-labelledby="chi-tieu">
  <h2 id="chi-tieu">Chỉ tiêu</h2>
  <table>
    <caption>Chỉ tiêu của văn bản</caption>
    <thead><tr><th scope="col">Chỉ số</th><th scope="col">Mức</th><th scope="col">Thời hạn</th><th scope="col">Ghi chú</th></tr></thead>
    <tbody>
    <#list page.targets as t><tr><td data-label="Chỉ số">${t.indicator}<#if t.scope??> (<@l.link t.scope r/>)</#if></td><td data-label="Mức">${t.goal}</td><td data-label="Thời hạn">${t.deadline}</td><td data-label="Ghi chú">${t.note!""}</td></tr></#list>
    </tbody>
  </table>
</section>
</#if>
<#if page.status?has_content>
<section aria-labelledby="tinh-trang">
  <h2 id="tinh-trang">Tình trạng thực hiện</h2>
  <@l.targets page.status r page.asOf/>
</section>
</#if>
<#if page.reviews?has_content>
<section aria-labelledby="so-ket">
  <h2 id="so-ket">Sơ kết, tổng kết</h2>
  <ul><#list page.reviews as v><li>${v.date}: ${v.title!""}<#if v.chair??>, chủ trì: <@l.link v.chair r/></#if><#if v.note?has_content>. ${v.note}</#if></li></#list></ul>
</section>
</#if>
<@l.sources page.sources r/>
</@l.page>
