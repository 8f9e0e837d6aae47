<#ftl output_format="HTML" strip_whitespace=true>
<#-- Helpers for the templates JBake renders (articles, archive, tags): the layout's meta and
     site from JBake's model, and Vietnamese dates. -->
<#setting locale="vi_VN">
<#function site>
  <#return {"host": config.site_host, "name": "Luân chuyển cán bộ"}>
</#function>
<#function meta title description path root ogType>
  <#return {"title": title, "description": description, "path": path, "root": root, "ogType": ogType, "jsonLd": ""}>
</#function>
<#function day date><#return date?string("EEEE, dd/MM/yyyy")?cap_first></#function>
<#function iso date><#return date?string("yyyy-MM-dd")></#function>
