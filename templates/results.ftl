<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign r = meta.root>
<@l.page meta=meta site=site>
<nav aria-label="Vị trí" class="breadcrumbs"><ol><li><@l.link page.unit r/></li><li aria-current="page">Thành tích</li></ol></nav>
<h1>Thành tích: ${page.name}</h1>
<p class="muted">Tính đến ${page.asOf}, ngày gần nhất mà hồ sơ nhắc tới. Mỗi số liệu ghi rõ được tính từ hồ sơ hay do nguồn công bố.</p>

<section aria-labelledby="so-lieu">
  <h2 id="so-lieu">Số liệu</h2>
  <table>
    <caption>Số liệu và căn cứ</caption>
    <thead><tr><th scope="col">Chỉ số</th><th scope="col">Giá trị</th><th scope="col">Thời gian</th><th scope="col">Căn cứ</th></tr></thead>
    <tbody>
    <#list page.figures as f>
      <tr><td data-label="Chỉ số">${f.label}<#if f.note?has_content><br><span class="note">${f.note}</span></#if></td><td class="num" data-label="Giá trị">${f.value}</td><td data-label="Thời gian">${f.date}</td>
      <td data-label="Căn cứ">${f.basis}<#list f.sources as s>: <a href="${r}${s.link.href}">${s.label}</a></#list></td></tr>
    </#list>
    </tbody>
  </table>
</section>

<#if page.targets?has_content>
<section aria-labelledby="chi-tieu">
  <h2 id="chi-tieu">Chỉ tiêu</h2>
  <@l.targets page.targets r page.asOf/>
</section>
</#if>

<#if page.charts?has_content>
<section aria-labelledby="bieu-do">
  <h2 id="bieu-do">Biểu đồ</h2>
  <#list page.charts as c><@l.chart c/></#list>
</section>
</#if>

<#if page.trainings?has_content>
<section aria-labelledby="dao-tao">
  <h2 id="dao-tao">Đào tạo, bồi dưỡng</h2>
  <table>
    <caption>Các lớp đào tạo, bồi dưỡng</caption>
    <thead><tr><th scope="col">Loại lớp</th><th scope="col">Số lớp</th><th scope="col">Học viên</th><th scope="col">Thời gian</th></tr></thead>
    <tbody><#list page.trainings as t><tr><td data-label="Loại lớp">${t.kind}</td><td class="num" data-label="Số lớp">${t.classes}</td><td class="num" data-label="Học viên">${t.learners}</td><td data-label="Thời gian">${t.period}</td></tr></#list></tbody>
  </table>
</section>
</#if>

<#if page.achievements?has_content>
<section aria-labelledby="ket-qua">
  <h2 id="ket-qua">Kết quả</h2>
  <ul><#list page.achievements as a><li>${a.title}<#if a.value?has_content>: <strong>${a.value}</strong></#if><#if a.period?has_content> (${a.period})</#if>, ${a.status}<#if a.cadre??>; <@l.link a.cadre r/></#if></li></#list></ul>
</section>
</#if>
<@l.sources page.sources r/>
</@l.page>
