<?xml version="1.0" encoding="UTF-8"?>
<#-- A bulletin (bản tin): masthead, headline, dateline, lead, sections in two columns, the figure
     box, the table of moves, the closing paragraph and the sources. Every sentence is composed
     here from the view; every value is escaped (XHTML output format). -->
<#import "lib.ftl" as l>
<#import "headline.ftl" as hl>
<#import "cadre.ftl" as c>
<#import "sections.ftl" as sec>
<#assign v = view s = view.scope n = view.summary>
<#assign directionTitles = {"down": "Về cơ sở", "up": "Từ cơ sở về cấp trên", "lateral": "Luân chuyển ngang", "unknown": "Điều động, luân chuyển khác"}>
<#assign directionCounts = {"down": "lượt về cơ sở", "up": "lượt từ cơ sở về cấp trên", "lateral": "lượt luân chuyển ngang", "unknown": "lượt chưa rõ hướng"}>
<#assign chartTitles = {"shares": "Tỷ lệ theo số liệu được công bố (%)", "moves": "Lượt điều động, luân chuyển theo hồ sơ, chia theo hướng", "declared": "Số liệu được công bố", "training": "Học viên theo loại lớp", "ratings": "Kết quả đánh giá, xếp loại"}>
<#-- The sections present, in order: their anchors make the bookmarks. -->
<#assign sections = []>
<#list v.moveGroups as g><#assign sections += [{"id": "dieu-dong-" + g.direction, "title": directionTitles[g.direction]}]></#list>
<#if v.reviews?has_content><#assign sections += [{"id": "so-ket", "title": "Sơ kết, tổng kết"}]></#if>
<#if v.results?has_content><#assign sections += [{"id": "ket-qua", "title": "Kết quả ghi nhận"}]></#if>
<#if v.training??><#assign sections += [{"id": "dao-tao", "title": "Đào tạo, bồi dưỡng"}]></#if>
<#if v.evaluations?has_content><#assign sections += [{"id": "danh-gia", "title": "Đánh giá hằng tháng"}]></#if>
<#if v.figures?has_content><#assign sections += [{"id": "so-lieu", "title": "Những con số"}]></#if>
<#if v.programmes?has_content><#assign sections += [{"id": "van-ban", "title": "Văn bản làm căn cứ"}]></#if>
<#assign hasBox = v.box.rows?has_content || v.box.charts?has_content>
<#assign boxTitle = v.box.rows?has_content?then("Mục tiêu và kết quả", "Kết quả qua biểu đồ")>
<#assign hasMarker = false><#list v.box.charts as ch><#list ch.bars as b><#if b.markerX gte 0><#assign hasMarker = true></#if></#list></#list>
<#assign counted = v.box.rows?filter(r -> r.basis == "records")?has_content || v.box.charts?filter(ch -> ch.kind == "moves")?has_content>
<html xmlns="http://www.w3.org/1999/xhtml" lang="${v.meta.lang}" xml:lang="${v.meta.lang}">
<head>
<title>${v.meta.title}</title>
<meta name="author" content="${v.meta.author}"/>
<meta name="subject" content="${v.meta.subject}"/>
<meta name="keywords" content="${v.meta.keywords}"/>
<link rel="stylesheet" type="text/css" href="bulletin.css"/>
<bookmarks>
<bookmark name="${v.meta.title}" href="#dau-trang"/>
<#list sections as x>
<bookmark name="${x.title}" href="#${x.id}"/>
</#list>
<#if hasBox><bookmark name="${boxTitle}" href="#muc-tieu"/></#if>
<#if v.moveTable?has_content><bookmark name="Bảng các lượt điều động, luân chuyển" href="#bang-dieu-dong"/></#if>
<bookmark name="Thời gian tới" href="#thoi-gian-toi"/>
<#if v.sources?has_content><bookmark name="Nguồn" href="#nguon"/></#if>
</bookmarks>
</head>
<body>
<div class="running-header"><span>${v.meta.title}</span><#if v.meta.dataVersion?has_content><span class="data-version"> · bản dữ liệu ${v.meta.dataVersion}</span></#if><#if v.meta.internal><span class="internal-mark">NỘI BỘ — không công bố</span></#if></div>
<div class="masthead" id="dau-trang"><span class="publication">${v.masthead.publication}</span></div>
<#if v.meta.internal>
<p class="internal-banner">NỘI BỘ — không công bố. Bản tin này có thông tin nội bộ (xếp loại từng cán bộ, năm sinh và các trường được đánh dấu nội bộ).</p>
</#if>
<p class="section-label">${v.masthead.section}</p>
<h1><@hl.headline v/></h1>
<p class="dateline">${v.dateline} | <span class="byline">${v.masthead.byline}</span></p>

<#assign contents = []>
<#if v.moveGroups?has_content><#assign contents += [(n.told == n.moves)?then("từng trường hợp điều động, luân chuyển", l.num(n.told) + " trong số " + l.num(n.moves) + " lượt điều động, luân chuyển")]></#if>
<#if v.reviews?has_content><#assign contents += ["hội nghị sơ kết"]></#if>
<#if v.results?has_content><#assign contents += ["những kết quả được ghi nhận"]></#if>
<#if v.training??><#assign contents += ["công tác đào tạo, bồi dưỡng"]></#if>
<#if v.evaluations?has_content><#assign contents += ["việc đánh giá cán bộ hằng tháng"]></#if>
<#if v.figures?has_content><#assign contents += ["các số liệu được công bố"]></#if>
<#if v.programmes?has_content><#assign contents += ["các văn bản làm căn cứ"]></#if>
<#assign where>${s.unitName}<#if s.province??>, ${s.province}</#if></#assign>
<p class="sapo"><#--
  A review --><#if s.review??><#assign r = s.review>${r.on?cap_first}, ${where} sơ kết việc thực hiện ${l.ref(r.programme)}<#if r.chairName??>; đồng chí ${r.chairName} chủ trì hội nghị</#if>. </#if><#--
  Moves --><#if n.moves gt 0>${s.periodPhrase?cap_first}, hồ sơ của ${where} ghi nhận ${l.num(n.moves)} lượt cán bộ được điều động, luân chuyển<#assign parts = []><#list ["down", "up", "lateral", "unknown"] as d><#if n[d] gt 0><#assign parts += [l.num(n[d]) + " " + directionCounts[d]]></#if></#list><#if parts?size gt 1>, gồm <@l.join parts/><#elseif n.down == n.moves>, <#if n.moves gt 1>đều </#if>từ cấp trên về cơ sở<#elseif n.up == n.moves>, <#if n.moves gt 1>đều </#if>từ cơ sở về cấp trên<#elseif n.lateral == n.moves>, <#if n.moves gt 1>đều </#if>theo hướng luân chuyển ngang</#if>. <#--
  Neither --><#elseif !s.review??>${s.periodPhrase?cap_first}, hồ sơ của ${where} chưa ghi nhận trường hợp điều động, luân chuyển cụ thể nào<#if contents?has_content>, nhưng có những thông tin đáng chú ý về đội ngũ cán bộ<#else> và chưa có số liệu nào khác</#if>. </#if><#--
  The highlight --><#assign h = v.headline><#switch h.kind><#case "share-target"><#if h.when?has_content>${h.when?cap_first}, </#if>${h.value} ${h.label}, <#if h.met>đạt<#else>chưa đạt</#if> mục tiêu ${h.target} mà văn bản của địa phương đề ra. <#break><#case "declared-moves"><#case "review"><#if h.value??>Theo số liệu được công bố, ${h.value} lượt cán bộ đã được điều động, luân chuyển<#if h.when?has_content> ${h.when}</#if>. </#if><#break><#case "evaluation">${h.when?cap_first}, ${h.value} cán bộ của ${h.place} ${h.label} trở lên. <#break><#case "training">Các lớp đào tạo, bồi dưỡng<#if h.when?has_content> ${h.when}</#if> có tổng cộng ${h.value} học viên. <#break><#case "share"><#case "count">Theo số liệu được công bố, ${h.value} ${h.label}<#if h.when?has_content> (${h.when})</#if>. <#break><#default></#switch><#--
  What follows --><#if contents?has_content>Bản tin điểm lại <@l.join contents/>.</#if></p>

<#if sections?has_content>
<div class="columns">
<#list v.moveGroups as g>
<h2 id="dieu-dong-${g.direction}">${directionTitles[g.direction]}</h2>
<#list g.moves as m><@c.cadre m/></#list>
<#if g.total gt g.moves?size><p class="more"><#if g.moves?has_content>Ngoài ra còn ${l.num(g.total - g.moves?size)} ${directionCounts[g.direction]} khác<#else>${s.periodPhrase?cap_first} có ${l.num(g.total)} ${directionCounts[g.direction]}</#if>, được liệt kê trong bảng các lượt điều động, luân chuyển ở phần sau của bản tin.</p></#if>
</#list>
<#list v.quotes as q>
<blockquote><p>Đồng chí ${q.speaker}, ${q.role}, cho biết: “${q.text}”</p></blockquote>
</#list>
<#if v.reviews?has_content>
<h2 id="so-ket">Sơ kết, tổng kết</h2>
<@sec.reviews v.reviews/>
</#if>
<#if v.results?has_content>
<h2 id="ket-qua">Kết quả ghi nhận</h2>
<@sec.results v.results/>
</#if>
<#if v.training??>
<h2 id="dao-tao">Đào tạo, bồi dưỡng</h2>
<@sec.training v.training/>
</#if>
<#if v.evaluations?has_content>
<h2 id="danh-gia">Đánh giá hằng tháng</h2>
<@sec.evaluations v.evaluations/>
</#if>
<#if v.figures?has_content>
<h2 id="so-lieu">Những con số</h2>
<p>Các số liệu ${s.unitName} được công bố ${s.periodPhrase}:</p>
<@sec.figures v.figures/>
</#if>
<#if v.programmes?has_content>
<h2 id="van-ban">Văn bản làm căn cứ</h2>
<p>Những văn bản còn hiệu lực với ${s.unitName} ${s.periodPhrase}:</p>
<@sec.programmes v.programmes/>
</#if>
</div>
</#if>

<#list v.photos as ph>
<div class="photo"><img src="${ph.src}" alt="${ph.alt}"/><p class="caption">${ph.caption}</p></div>
</#list>

<#if hasBox>
<div class="box" id="muc-tieu">
<h2>${boxTitle}</h2>
<#if v.box.rows?has_content>
<table class="targets">
<thead><tr><th scope="col" class="w-doc">Văn bản</th><th scope="col">Chỉ tiêu</th><th scope="col" class="w-result">Kết quả</th><th scope="col" class="w-status">Đánh giá</th></tr></thead>
<tbody>
<#list v.box.rows as r>
<tr><td>${r.target.programme}</td><td>${l.target(r.target)?cap_first}<#if r.target.deadline??>, đến ${r.target.deadline}</#if></td><td><#if r.result??>${r.result}<#if r.target.share && !r.result?contains("%")>%</#if><#if r.basis == "records"> (đếm từ hồ sơ, ${r.resultWhen})<#elseif r.resultWhen?has_content> (${r.resultWhen})</#if><#else>Chưa có số liệu</#if></td><td class="status-${r.status}">${l.statusWord(r.status)}</td></tr>
</#list>
</tbody>
</table>
</#if>
<#list v.box.charts as ch>
<h3>${chartTitles[ch.kind]}<#if ch.subject??>: ${ch.subject}</#if></h3>
<table class="chart">
<thead><tr><th scope="col" class="chart-label">Chỉ số</th><th scope="col" class="chart-bar">Biểu đồ</th><th scope="col">Giá trị</th></tr></thead>
<tbody>
<#list ch.bars as b>
<tr><td class="chart-label">${b.label}</td><td class="chart-bar"><svg xmlns="http://www.w3.org/2000/svg" width="${b.width}" height="${b.height + 4}" alt="${b.label}: ${b.value}<#if b.target??>; mục tiêu ${b.target}</#if>"><rect x="0" y="2" width="${b.width}" height="${b.height}" fill="#dfe5ec"/><rect x="0" y="2" width="${b.barWidth}" height="${b.height}" fill="#1f4e79"/><#if b.markerX gte 0><rect x="${b.markerX}" y="0" width="2" height="${b.height + 4}" fill="#c00000"/></#if></svg></td><td class="chart-value">${b.value}<#if ch.unitLabel?has_content && ch.kind != "shares" && ch.kind != "ratings"> ${ch.unitLabel}</#if><#if b.target??> (mục tiêu ${b.target})</#if></td></tr>
</#list>
</tbody>
</table>
</#list>
<#if hasMarker || counted><p class="box-note"><#if hasMarker>Vạch đỏ trên biểu đồ là mục tiêu. </#if><#if counted>Kết quả đếm từ hồ sơ chỉ gồm các trường hợp đã được ghi nhận trong dữ liệu, nên số thực tế có thể cao hơn.</#if></p></#if>
</div>
</#if>

<#if v.moveTable?has_content>
<#-- A short table stays whole with its heading. A long one cannot fit on a page anyway: it runs on
     from where the text ends, its rows whole and its head repeated on each page (keeping it whole
     only made the renderer lay it out twice). -->
<div<#if v.moveTable?size lte 20> class="keep"</#if>>
<h2 id="bang-dieu-dong">Các lượt điều động, luân chuyển ${s.periodPhrase}</h2>
<table class="moves">
<thead><tr><th scope="col" class="w-date">Thời gian</th><th scope="col" class="w-name">Cán bộ</th><th scope="col" class="w-post">Chức vụ trước đó</th><th scope="col" class="w-post">Chức vụ mới</th><th scope="col" class="w-kind">Hình thức</th><th scope="col" class="w-dir">Hướng</th></tr></thead>
<tbody>
<#list v.moveTable as r>
<tr><td>${r.date}</td><td>${r.name}</td><td>${r.fromPost}</td><td>${r.toPost}</td><td>${r.kind}</td><td>${r.direction}</td></tr>
</#list>
</tbody>
</table>
</div>
</#if>

<h2 id="thoi-gian-toi">Thời gian tới</h2>
<#if v.ahead?has_content>
<p class="closing">Sau ${s.periodEnd}, các văn bản đang thực hiện vẫn đặt ra cho ${s.unitName} những mục tiêu sau:</p>
<ul><#list v.ahead as t><li>${t.programme}: ${l.target(t)}${l.targetTerms(t)}.</li></#list></ul>
<p class="closing">Bản tin sẽ đối chiếu kết quả với các chỉ tiêu này khi hồ sơ có thêm số liệu.</p>
<#else>
<p class="closing">Hồ sơ chưa có chỉ tiêu nào của ${s.unitName} kéo dài sau ${s.periodEnd}. Bản tin sẽ được bổ sung khi dữ liệu có thêm văn bản hoặc số liệu mới.</p>
</#if>

<#if v.sources?has_content>
<h2 id="nguon">Nguồn</h2>
<ol class="sources">
<#list v.sources as src>
<li>${src.publication}, “${src.title}”<#if src.section??>, mục ${src.section}</#if>, ${src.on}<#if src.time??> ${src.time}</#if><#if src.author??>, ${src.author}</#if>.<#if src.url??> ${src.url}</#if></li>
</#list>
</ol>
</#if>
</body>
</html>
