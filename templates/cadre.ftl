<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign r = meta.root>
<@l.page meta=meta site=site>
<h1>${page.name}</h1>
<#if page.current?has_content><p class="lead">${page.current?join("; ")}</p></#if>
<#if page.facts?has_content><ul class="facts"><#list page.facts as f><li>${f}</li></#list></ul></#if>

<section aria-labelledby="qua-trinh">
  <h2 id="qua-trinh">Quá trình công tác</h2>
  <ol class="timeline">
  <#list page.timeline as t>
    <li>
      <p class="post"><strong>${t.post}</strong></p>
      <p class="when"><#if t.fromIso?has_content><time datetime="${t.fromIso?replace("~", "")}">${t.period}</time><#else>${t.period}</#if><#if t.began?has_content> · ${t.began}</#if></p>
      <#if t.decision?has_content><p class="decision">${t.decision}</p></#if>
      <#if t.note?has_content><p class="note">${t.note}</p></#if>
    </li>
  </#list>
  </ol>
</section>

<#if page.moves?has_content>
<section aria-labelledby="luan-chuyen">
  <h2 id="luan-chuyen">Điều động, luân chuyển</h2>
  <@l.moves page.moves r "Các lượt điều động, luân chuyển của " + page.name/>
</section>
</#if>

<#if page.actions?has_content>
<section aria-labelledby="cthd">
  <h2 id="cthd">Chương trình hành động</h2>
  <#list page.actions as a>
  <h3>${a.post}</h3>
  <p><#if a.presented?has_content>Trình bày ${a.presented}</#if><#if a.presentedTo?has_content> trước ${a.presentedTo}</#if>.</p>
  <#if a.tasks?has_content><ol><#list a.tasks as task><li>${task}</li></#list></ol></#if>
  <#if a.aim?has_content><p>Mục tiêu: ${a.aim}</p></#if>
  </#list>
</section>
</#if>

<#if page.achievements?has_content>
<section aria-labelledby="thanh-tich">
  <h2 id="thanh-tich">Thành tích</h2>
  <ul><#list page.achievements as a><li>${a.title}<#if a.value?has_content>: <strong>${a.value}</strong></#if><#if a.period?has_content> (${a.period})</#if>, ${a.status}<#if a.cadre??>; <@l.link a.cadre r/></#if></li></#list></ul>
</section>
</#if>

<#if page.articles?has_content>
<section aria-labelledby="bai-viet"><h2 id="bai-viet">Bài viết</h2><@l.articles page.articles r/></section>
</#if>
<@l.changes page.changes/>
<@l.sources page.sources r/>
</@l.page>
