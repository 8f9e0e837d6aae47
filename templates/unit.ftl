<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign r = meta.root>
<@l.page meta=meta site=site>
<#if page.breadcrumbs?has_content>
<nav aria-label="Vị trí" class="breadcrumbs"><ol><#list page.breadcrumbs as b><li><@l.link b r/></li></#list><li aria-current="page">${page.name}</li></ol></nav>
</#if>
<h1>${page.name}</h1>
<#if page.status?has_content><p class="status">${page.status}</p></#if>
<#if page.events?has_content>
<ul class="events">
<#list page.events as e><li>${e.date}: ${e.text}<#if e.into??> <@l.link e.into r/></#if><#if e.basis?has_content> (căn cứ: ${e.basis})</#if></li></#list>
</ul>
</#if>

<p class="see-also"><@l.link page.results r/><#list page.terms as t> · <@l.link t r/></#list></p>

<#if page.holders?has_content>
<section aria-labelledby="lanh-dao">
  <h2 id="lanh-dao">Lãnh đạo chủ chốt</h2>
  <table>
    <caption>Người đang giữ các chức vụ chủ chốt theo hồ sơ</caption>
    <thead><tr><th scope="col">Chức vụ</th><th scope="col">Người giữ</th><th scope="col">Thời gian</th><th scope="col">Người địa phương?</th></tr></thead>
    <tbody>
    <#list page.holders as h>
      <tr><td data-label="Chức vụ">${h.post}</td><td data-label="Người giữ"><@l.link h.cadre r/></td><td data-label="Thời gian">${h.since}</td><td data-label="Người địa phương?"><#if h.nonLocal><strong class="badge">${h.locality}</strong><#else>${h.locality}</#if></td></tr>
    </#list>
    </tbody>
  </table>
</section>
</#if>

<#if page.history?has_content>
<section aria-labelledby="lich-su">
  <h2 id="lich-su">Những người đã giữ chức vụ</h2>
  <#list page.history as p>
  <h3>${p.post}</h3>
  <ol class="history"><#list p.holders as h><li><@l.link h.cadre r/><#if h.period?has_content>: ${h.period}</#if></li></#list></ol>
  </#list>
</section>
</#if>

<#if page.moves?has_content>
<section aria-labelledby="luan-chuyen">
  <h2 id="luan-chuyen">Điều động, luân chuyển</h2>
  <#if page.allMoves??>
  <@l.moves page.moves r page.moves?size + " lượt mới nhất đến, đi hoặc trong " + page.name/>
  <p class="more"><a href="${r}${page.allMoves.href}">${page.allMoves.text}</a></p>
  <#else>
  <@l.moves page.moves r "Các lượt đến, đi hoặc trong " + page.name/>
  </#if>
</section>
</#if>

<#if page.figures?has_content>
<section aria-labelledby="so-lieu">
  <h2 id="so-lieu">Số liệu</h2>
  <table>
    <caption>Số liệu do nguồn công bố</caption>
    <thead><tr><th scope="col">Chỉ số</th><th scope="col">Giá trị</th><th scope="col">Thời gian</th><th scope="col">Nguồn</th></tr></thead>
    <tbody>
    <#list page.figures as f>
      <tr><td data-label="Chỉ số">${f.label}<#if f.note?has_content><br><span class="note">${f.note}</span></#if></td><td class="num" data-label="Giá trị">${f.value}</td><td data-label="Thời gian">${f.period}</td>
      <td data-label="Nguồn">${f.origin}<#list f.sources as s>: <a href="${r}${s.link.href}">${s.label}</a></#list></td></tr>
    </#list>
    </tbody>
  </table>
</section>
</#if>

<#if page.achievements?has_content>
<section aria-labelledby="thanh-tich">
  <h2 id="thanh-tich">Thành tích</h2>
  <ul>
  <#list page.achievements as a>
    <li>${a.title}<#if a.value?has_content>: <strong>${a.value}</strong></#if><#if a.period?has_content> (${a.period})</#if>, ${a.status}<#if a.cadre??>; <@l.link a.cadre r/></#if></li>
  </#list>
  </ul>
</section>
</#if>

<#if page.trainings?has_content>
<section aria-labelledby="dao-tao">
  <h2 id="dao-tao">Đào tạo, bồi dưỡng</h2>
  <table>
    <caption>Các lớp đào tạo, bồi dưỡng</caption>
    <thead><tr><th scope="col">Loại lớp</th><th scope="col">Số lớp</th><th scope="col">Học viên</th><th scope="col">Thời gian</th></tr></thead>
    <tbody>
    <#list page.trainings as t><tr><td data-label="Loại lớp">${t.kind}<#if t.organiser?has_content><br><span class="note">${t.organiser}</span></#if></td><td class="num" data-label="Số lớp">${t.classes}</td><td class="num" data-label="Học viên">${t.learners}</td><td data-label="Thời gian">${t.period}</td></tr></#list>
    </tbody>
  </table>
</section>
</#if>

<#if page.evaluations?has_content>
<section aria-labelledby="danh-gia">
  <h2 id="danh-gia">Đánh giá, xếp loại hằng tháng</h2>
  <ul>
  <#list page.evaluations as e>
    <li>${e.month}: ${e.evaluated} cán bộ được đánh giá<#if e.counts?has_content>; ${e.counts?join("; ")}</#if>.</li>
  </#list>
  </ul>
</section>
</#if>

<#if page.programmes?has_content>
<section aria-labelledby="van-ban">
  <h2 id="van-ban">Văn bản, chương trình áp dụng</h2>
  <ul><#list page.programmes as p><li><@l.link p r/></li></#list></ul>
</section>
</#if>

<#if page.children?has_content>
<section aria-labelledby="truc-thuoc">
  <h2 id="truc-thuoc">Đơn vị trực thuộc</h2>
  <ul class="columns"><#list page.children as c><li><@l.link c r/></li></#list></ul>
</section>
</#if>

<#if page.bulletins?has_content>
<section aria-labelledby="ban-tin"><h2 id="ban-tin">Bản tin</h2><@l.bulletins page.bulletins r/><#if page.allBulletins??>
<p class="more"><a href="${r}${page.allBulletins.href}">${page.allBulletins.text}</a></p></#if></section>
</#if>

<#if page.articles?has_content>
<section aria-labelledby="bai-viet"><h2 id="bai-viet">Bài viết</h2><@l.articles page.articles r/></section>
</#if>
<@l.changes page.changes/>
<@l.sources page.sources r/>
</@l.page>
