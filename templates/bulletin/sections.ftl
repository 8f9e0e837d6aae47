<#-- The sections set in two columns: results, training, evaluations, figures, documents, reviews. -->
<#import "lib.ftl" as l>

<#macro results groups>
<#list groups as g>
<p>Ở ${g.unitName}<#if g.leaderName??>, nơi đồng chí ${g.leaderName} là ${g.leaderPost}</#if>, hồ sơ ghi nhận:</p>
<ul><#list g.items as i><li>${i.title}<#if i.value??>: ${i.value}</#if> (<#switch i.status><#case "ke-hoach">kế hoạch<#break><#case "du-kien">dự kiến<#break><#default>đã đạt</#switch><#if i.period?has_content>, ${i.period}</#if>).</li></#list></ul>
</#list>
</#macro>

<#macro training t>
<p><#if t.period??>${t.period?cap_first}, h<#else>H</#if>ồ sơ đào tạo, bồi dưỡng của ${t.unitName} ghi nhận tổng cộng ${t.learners} học viên:</p>
<ul><#list t.rows as r><li>${r.kind?cap_first}: <#if r.classes??>${r.classes} lớp, </#if><#if r.learners??>${r.learners} học viên</#if><#if r.period??> (${r.period})</#if><#if r.organiser??>; ${r.organiser}</#if>.<#if r.note??> <span class="note">${l.sentence(r.note)}</span></#if></li></#list></ul>
</#macro>

<#macro evaluations parts>
<#list parts as e>
<p>${e.month?cap_first}, ${e.unitName} đánh giá, xếp loại ${e.evaluated} cán bộ<#if e.groups??> thuộc ${e.groups} khối công tác</#if><#if e.counts?has_content>: <#list e.counts as c>${c.count} cán bộ ${c.rating}<#if c.orBetter> trở lên</#if><#sep>, </#list></#if>.<#if e.basis?has_content> Việc đánh giá căn cứ <@l.join e.basis?map(b -> l.ref(b))/>.</#if></p>
<#if e.individual?has_content>
<p class="internal">Xếp loại từng cán bộ (thông tin nội bộ):</p>
<ul class="internal"><#list e.individual as r><li>${r.name}: ${r.rating}.</li></#list></ul>
</#if>
</#list>
</#macro>

<#macro figures items>
<ul class="figures"><#list items as f><li>${f.label}<#if f.unitName??> (${f.unitName})</#if>: ${f.value}<#if f.change??>, ${f.changeUp?then("tăng", "giảm")} ${f.change} điểm phần trăm so với nhiệm kỳ trước</#if><#if f.period?has_content> (${f.period})</#if>.<#if f.note??> <span class="note">${l.sentence(f.note)}</span></#if></li></#list></ul>
</#macro>

<#macro programmes items>
<ul class="programmes"><#list items as p><li>${l.ref(p.ref)}<#if p.period?has_content> (${p.period})</#if>: ${l.sentence(p.title)}<#if p.note??> ${l.sentence(p.note)}</#if><#if p.targets?has_content> Chỉ tiêu: <#list p.targets as t>${l.target(t)}${l.targetTerms(t)}<#sep>; </#list>.</#if></li></#list></ul>
</#macro>

<#macro reviews items>
<#list items as r>
<p>${r.on?cap_first}, <#if r.title??>${r.title}<#else>hội nghị sơ kết ${r.programme.name}</#if> được tổ chức<#if r.chairName??>, do đồng chí ${r.chairName}<#if r.chairPosts?has_content>, ${r.chairPosts?join(", ")},</#if> chủ trì</#if>. Hội nghị đánh giá việc thực hiện ${l.ref(r.programme)} (${r.programmeTitle}).<#if r.note??> <span class="note">Ghi chú của hồ sơ: ${l.sentence(r.note)}</span></#if></p>
</#list>
</#macro>
