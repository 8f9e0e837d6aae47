<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<@l.page meta=meta site=site>
<h1>Điều động, luân chuyển cán bộ ở cơ sở</h1>
<p class="lead">Ai được điều động, luân chuyển, từ đâu đến đâu, khi nào, theo văn bản nào, và kết quả so với chỉ tiêu: tổng hợp từ hồ sơ và các nguồn được dẫn.</p>
<form class="search-box" action="tim-kiem/" method="get" role="search">
  <label for="q-home">Tìm cán bộ, đơn vị, văn bản</label>
  <input id="q-home" name="q" type="search" placeholder="Ví dụ: Vũ Thị Hà, Võ Nhai">
  <button type="submit">Tìm</button>
</form>
<section aria-labelledby="so-lieu">
  <h2 id="so-lieu">Số liệu chính</h2>
  <ul class="headlines">
  <#list page.headlines as h>
    <li><span class="figure">${h.value}</span> <span class="label">${h.label}</span> <@l.link h.link meta.root/></li>
  </#list>
  </ul>
</section>
<p><a href="thanh-tich/">So sánh thành tích các huyện, thành phố</a></p>
<section aria-labelledby="moi-nhat">
  <h2 id="moi-nhat">Các lượt điều động, luân chuyển gần đây</h2>
  <@l.moves page.latestMoves meta.root "Các lượt gần nhất trong hồ sơ"/>
  <p><a href="luan-chuyen/">Tất cả các lượt</a></p>
</section>
<#if page.latestArticles?has_content>
<section aria-labelledby="bai-viet">
  <h2 id="bai-viet">Bài viết mới</h2>
  <@l.articles page.latestArticles meta.root/>
</section>
</#if>
<#if page.bulletins?has_content>
<section aria-labelledby="ban-tin">
  <h2 id="ban-tin">Bản tin mới</h2>
  <@l.bulletins page.bulletins meta.root/>
  <p><a href="ban-tin/">Tất cả bản tin</a></p>
</section>
</#if>
<section aria-labelledby="dia-phuong">
  <h2 id="dia-phuong">Các huyện, thành phố</h2>
  <ul class="columns"><#list page.districts as d><li><@l.link d meta.root/></li></#list></ul>
</section>
<section aria-labelledby="van-ban-moi">
  <h2 id="van-ban-moi">Văn bản, chương trình</h2>
  <ul><#list page.programmes as p><li><@l.link p meta.root/></li></#list></ul>
</section>
</@l.page>
