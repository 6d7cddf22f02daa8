namespace Vigil.Tests.Reports;

/// <summary>Small XForms for the tests: a valid one with a chosen id and version, and broken variants.</summary>
public static class SampleForms
{
    public static string Valid(string id = "market-watch", string version = "1", string title = "Market watch") => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa">
          <h:head>
            <h:title>{title}</h:title>
            <model>
              <itext>
                <translation lang="English (en)" default="true()"><text id="/data/what:label"><value>What did you see?</value></text></translation>
                <translation lang="Chinese (zh)"><text id="/data/what:label"><value>您看到了什么？</value></text></translation>
              </itext>
              <instance><data id="{id}" version="{version}"><what/><meta><instanceID/></meta></data></instance>
              <bind nodeset="/data/what" type="string" required="true()"/>
              <bind nodeset="/data/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>
            </model>
          </h:head>
          <h:body><input ref="/data/what"><label ref="jr:itext('/data/what:label')"/></input></h:body>
        </h:html>
        """;
}
